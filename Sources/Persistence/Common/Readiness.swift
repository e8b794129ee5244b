import FluentKit
import Foundation
import SQLKit

/// Whether this process can serve: the database answers and every migration it knows has run there.
public struct Readiness: Sendable, Equatable {
    /// Nil when the database answered; otherwise why not.
    public let databaseProblem: String?
    /// Migrations this build has that the database has not run, in order.
    public let pendingMigrations: [String]

    public init(databaseProblem: String?, pendingMigrations: [String]) {
        self.databaseProblem = databaseProblem
        self.pendingMigrations = pendingMigrations
    }

    public var isReady: Bool { databaseProblem == nil && pendingMigrations.isEmpty }
}

extension AlignStore {
    /// Asks the database which of `migrations` it has run. Fluent records each by name in
    /// `_fluent_migrations`; a database that is newer than this build (more rows) is ready too.
    public func readiness(of migrations: [any Migration]) async -> Readiness {
        guard let sql = db as? any SQLDatabase else { return Readiness(databaseProblem: "not an SQL database", pendingMigrations: []) }
        do {
            let rows = try await sql.select().column("name").from("_fluent_migrations").all()
            let ran = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            return Readiness(databaseProblem: nil, pendingMigrations: migrations.map(\.name).filter { !ran.contains($0) })
        } catch {
            return Readiness(databaseProblem: String(describing: error), pendingMigrations: [])
        }
    }
}

import FluentSQLiteDriver
import Foundation
import Logging
import SQLKit

/// Where the database's contents stand, read without touching any table: a text that changes whenever
/// any connection, of this process or of another (a second `align serve`, `align import`), commits a
/// write. What was computed from the database at one version is still right while the version is the same.
///
/// Read it *before* reading what it stands for: whatever commits meanwhile changes it again, so a result
/// that already includes a later write is only ever taken for older than it is, never the reverse.
public protocol DataVersion: Sendable {
    /// The version now; `db` is the connection pool of the request asking, for databases read through it.
    func current(_ db: any Database) async throws -> String
}

/// SQLite counts commits by other connections in `PRAGMA data_version`. A connection of its own that never
/// writes therefore sees every commit of the pool's connections and of other processes on the same file.
public final class SQLiteDataVersion: DataVersion {
    private let connection: SQLiteConnection

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens the connection that only ever reads the version; `close` it before the thread pool stops.
    public static func open(path: String, threadPool: NIOThreadPool, on eventLoop: any EventLoop) async throws -> SQLiteDataVersion {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool,
                                                         logger: Logger(label: "align.data-version"), on: eventLoop).get()
        return SQLiteDataVersion(connection: connection)
    }

    public func current(_ db: any Database) async throws -> String {
        let rows = try await connection.query("PRAGMA data_version")
        guard let value = rows.first?.column("data_version")?.integer else {
            throw DataVersionUnreadable(reason: "PRAGMA data_version returned no number")
        }
        return String(value)
    }

    public func close() async throws { try await connection.close() }
}

/// PostgreSQL's current snapshot lists the transactions still running and the first one not yet finished;
/// a commit either leaves that list or moves that bound, so the text changes with every commit anywhere in
/// the cluster (which only ever makes the version change more often than the data, never less).
public struct PostgresDataVersion: DataVersion {
    public init() {}

    public func current(_ db: any Database) async throws -> String {
        guard let row = try await (db as! any SQLDatabase).raw("SELECT pg_current_snapshot()::text AS version").first() else {
            throw DataVersionUnreadable(reason: "pg_current_snapshot() returned no row")
        }
        return try row.decode(column: "version", as: String.self)
    }
}

public struct DataVersionUnreadable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { "The database's version could not be read: \(reason)." }
}

import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align migrate-to-postgres`: both databases migrated to this build, every table copied, then verified.
    public static func migrateToPostgres(from source: AlignConfig, to target: AlignConfig) async throws {
        guard case .sqlite(let path) = source.database, FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(description: "There is no SQLite database at \(describe(source.database)) to move.")
        }
        try await withApplication(source) { sqlite in
            try await sqlite.autoMigrate()
            try await withApplication(target) { postgres in
                try await postgres.autoMigrate()
                let started = Date()
                let reports: [PostgresMove.TableReport]
                do {
                    reports = try await PostgresMove.copy(from: sqlite.db, to: postgres.db) { table, rows in
                        if rows % 50_000 == 0 { print("  \(table): \(rows) rows") }
                    }
                } catch let refused as PostgresMove.Refused {
                    throw CommandFailure(description: refused.description)
                }
                for report in reports where report.rows > 0 {
                    print("  \(report.table.padding(toLength: 32, withPad: " ", startingAt: 0)) \(String(report.rows).leftPadded(9))  checksum \(report.checksum)")
                }
                let rows = reports.reduce(0) { $0 + $1.rows }
                print("Moved \(rows) rows in \(reports.count) tables from \(path) to PostgreSQL in \(Int(Date().timeIntervalSince(started))) s;"
                      + " every table's count and checksum match. Start align serve with DATABASE_URL set to it.")
            }
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

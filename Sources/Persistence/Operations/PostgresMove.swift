import Crypto
import FluentKit
import Foundation
import SQLKit

/// Moves everything an organization built on SQLite into a migrated, empty PostgreSQL: every table,
/// every row with its id, sessions and audit entries included, then reads both sides again and compares
/// each table's count and checksum. Nothing is changed on the SQLite side.
public enum PostgresMove {
    public struct Refused: Error, CustomStringConvertible {
        public let description: String
    }

    /// One table as copied and as verified.
    public struct TableReport: Sendable, Equatable {
        public let table: String
        public let rows: Int
        public let checksum: String
    }

    /// Copies every table PostgreSQL has from `source` (SQLite), then verifies both.
    public static func copy(from source: any Database, to target: any Database, batch: Int = 2_000,
                            progress: @Sendable (String, Int) -> Void = { _, _ in }) async throws -> [TableReport] {
        guard let source = source as? any SQLDatabase, source.dialect.name == "sqlite",
              let target = target as? any SQLDatabase, target.dialect.name == "postgresql" else {
            throw Refused(description: "The move is from SQLite to PostgreSQL.")
        }
        let schema = try await PostgresSchema.read(target)
        try await refuseUnlessEmpty(target, schema)
        for table in schema.order {
            let columns = schema.columns[table]!
            let deferred = schema.deferred[table] ?? []
            var copied = 0
            try await SQLiteRows.forEachPage(source, table: table, columns: columns, batch: batch) { rows in
                try await insert(rows, into: table, columns: columns, leaving: deferred, on: target)
                copied += rows.count
                progress(table, copied)
            }
            if !deferred.isEmpty { try await fillDeferred(table, columns, deferred, from: source, into: target, batch: batch) }
        }
        return try await verify(source, target, schema)
    }

    /// Counts and checksums of both sides, table by table; a difference is refused naming the table.
    static func verify(_ source: any SQLDatabase, _ target: any SQLDatabase, _ schema: PostgresSchema) async throws -> [TableReport] {
        var reports: [TableReport] = []
        for table in schema.order {
            let columns = schema.columns[table]!
            var before = TableChecksum(), after = TableChecksum()
            try await SQLiteRows.forEachPage(source, table: table, columns: columns, batch: 5_000) { rows in
                rows.forEach { before.add($0, fromPostgres: false) }
            }
            try await PostgresRows.forEachPage(target, table: table, columns: columns, batch: 5_000) { rows in
                rows.forEach { after.add($0, fromPostgres: true) }
            }
            guard before == after else {
                throw Refused(description: "\(table): SQLite has \(before.rows) rows (checksum \(before.hex)), PostgreSQL \(after.rows) (checksum \(after.hex)).")
            }
            reports.append(TableReport(table: table, rows: after.rows, checksum: after.hex))
        }
        return reports
    }

    static func refuseUnlessEmpty(_ target: any SQLDatabase, _ schema: PostgresSchema) async throws {
        for table in schema.order {
            let rows = try await target.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? 0
            if rows > 0 {
                throw Refused(description: "The PostgreSQL database is not empty: \(table) has \(rows) rows. Move into a new, empty database.")
            }
        }
    }

    static func insert(_ rows: [[MovedValue]], into table: String, columns: [PostgresSchema.Column], leaving deferred: Set<String>,
                       on target: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        var insert = target.insert(into: table).columns(columns.map(\.name))
        for row in rows {
            insert = insert.values(zip(columns, row).map { column, value in
                deferred.contains(column.name) ? SQLLiteral.null : value.expression(column)
            })
        }
        try await insert.run()
    }

    /// Columns that point into their own table (or a cycle of tables) are written once every row is in.
    static func fillDeferred(_ table: String, _ columns: [PostgresSchema.Column], _ deferred: Set<String>,
                             from source: any SQLDatabase, into target: any SQLDatabase, batch: Int) async throws {
        guard let idIndex = columns.firstIndex(where: { $0.name == "id" }) else {
            throw Refused(description: "\(table) refers to itself but has no id to write those references by.")
        }
        try await SQLiteRows.forEachPage(source, table: table, columns: columns, batch: batch) { rows in
            for row in rows {
                for (index, column) in columns.enumerated() where deferred.contains(column.name) && row[index] != .null {
                    try await target.update(table).set(SQLIdentifier(column.name), to: row[index].expression(column))
                        .where(SQLIdentifier("id"), .equal, row[idIndex].expression(columns[idIndex])).run()
                }
            }
        }
    }
}

/// Every row's values folded into one figure that does not depend on the order rows are read in.
struct TableChecksum: Equatable {
    var rows = 0
    var sum: UInt64 = 0

    mutating func add(_ row: [MovedValue], fromPostgres: Bool) {
        let canonical = row.map { $0.canonical(fromPostgres: fromPostgres) }.joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Data(canonical.utf8))
        sum &+= digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        rows += 1
    }

    var hex: String { String(format: "%016llx", sum) }
}

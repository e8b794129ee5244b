import Foundation
import SQLKit

/// One value on its way from SQLite to PostgreSQL, read as the type PostgreSQL's column has, so both
/// sides can be compared in one canonical spelling.
enum MovedValue: Equatable, Encodable, Sendable {
    case null
    case uuid(UUID)
    case text(String)
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
    case moment(Date)
    case bytes([UInt8])

    static func read(_ row: any SQLRow, _ column: PostgresSchema.Column) throws -> MovedValue {
        let name = column.name
        if try row.decodeNil(column: name) { return .null }
        switch column.type {
        case "uuid": return .uuid(try row.decode(column: name, as: UUID.self))
        case "bigint", "integer", "smallint": return .integer(try row.decode(column: name, as: Int64.self))
        case "double precision", "real", "numeric": return .real(try row.decode(column: name, as: Double.self))
        case "boolean": return .boolean(try row.decode(column: name, as: Bool.self))
        case "timestamp with time zone", "timestamp without time zone": return .moment(try row.decode(column: name, as: Date.self))
        case "bytea": return .bytes(try row.decode(column: name, as: [UInt8].self))
        default: return .text(try row.decode(column: name, as: String.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .uuid(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .real(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .moment(let value): try container.encode(value)
        case .bytes(let value): try container.encode(Data(value))
        }
    }

    /// The value as bound into `column`: JSON is sent as text and cast, as PostgreSQL will not take text for it.
    func expression(_ column: PostgresSchema.Column) -> any SQLExpression {
        if self == .null { return SQLLiteral.null }
        if column.type == "jsonb" || column.type == "json" { return SQLQueryString("\(bind: self)::\(unsafeRaw: column.type)") }
        return SQLBind(self)
    }

    /// The same text on both sides for the same value: moments as the microseconds since 2000 that
    /// PostgreSQL keeps, JSON with its keys sorted (jsonb keeps its own order), ids in lower case.
    /// PostgresNIO writes a moment by cutting off what is below a microsecond, and reads it back as a
    /// Double that may fall a hair short: SQLite's moments are cut the same way, PostgreSQL's rounded.
    func canonical(fromPostgres: Bool) -> String {
        switch self {
        case .moment(let value):
            let microseconds = value.timeIntervalSince(Self.postgresEpoch) * 1_000_000
            return String(fromPostgres ? Int64(microseconds.rounded()) : Int64(microseconds))
        default: return canonical
        }
    }

    static let postgresEpoch = Date(timeIntervalSince1970: 946_684_800)

    var canonical: String {
        switch self {
        case .null: "∅"
        case .uuid(let value): value.uuidString.lowercased()
        case .text(let value): Self.canonicalJSON(value) ?? value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .boolean(let value): value ? "true" : "false"
        case .moment(let value): String(Int64((value.timeIntervalSince1970 * 1_000_000).rounded()))
        case .bytes(let value): value.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// Only for text that is a JSON object, as jsonb stores: plain text is compared as written.
    static func canonicalJSON(_ text: String) -> String? {
        guard text.hasPrefix("{"), let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Reads a SQLite table a page at a time in the order rows were written (its rowid).
enum SQLiteRows {
    static func forEachPage(_ db: any SQLDatabase, table: String, columns: [PostgresSchema.Column], batch: Int,
                            _ body: ([[MovedValue]]) async throws -> Void) async throws {
        var after: Int64 = -1
        let list = SQLList(columns.map { SQLIdentifier($0.name) })
        while true {
            let rows = try await db.raw("""
                SELECT rowid AS moved_rowid, \(list) FROM \(ident: table) WHERE rowid > \(bind: after) ORDER BY rowid LIMIT \(unsafeRaw: String(batch))
                """).all()
            guard let last = rows.last else { return }
            try await body(try rows.map { row in try columns.map { try MovedValue.read(row, $0) } })
            after = try last.decode(column: "moved_rowid", as: Int64.self)
        }
    }
}

/// Reads a PostgreSQL table a page at a time: by id where it has one, else in the order of all its columns.
enum PostgresRows {
    static func forEachPage(_ db: any SQLDatabase, table: String, columns: [PostgresSchema.Column], batch: Int,
                            _ body: ([[MovedValue]]) async throws -> Void) async throws {
        let list = SQLList(columns.map { SQLIdentifier($0.name) })
        let byID = columns.contains { $0.name == "id" && $0.type == "uuid" }
        var after: UUID?
        var offset = 0
        while true {
            let query: SQLQueryString = byID
                ? "SELECT \(list) FROM \(ident: table) \(after.map { SQLQueryString("WHERE id > \(bind: $0)") } ?? "") ORDER BY id LIMIT \(unsafeRaw: String(batch))"
                : "SELECT \(list) FROM \(ident: table) ORDER BY \(list) LIMIT \(unsafeRaw: String(batch)) OFFSET \(unsafeRaw: String(offset))"
            let rows = try await db.raw(query).all()
            guard !rows.isEmpty else { return }
            let values = try rows.map { row in try columns.map { try MovedValue.read(row, $0) } }
            try await body(values)
            offset += rows.count
            if byID, case .uuid(let last)? = values.last?[columns.firstIndex { $0.name == "id" }!] { after = last }
        }
    }
}

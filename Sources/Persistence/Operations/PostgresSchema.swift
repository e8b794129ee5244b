import SQLKit

/// PostgreSQL's tables as the move needs them (but the list of migrations and the write gate's one row,
/// which the migrations make on both sides): columns with their types, and an order in which every
/// row's references are already in. References within a cycle of tables (a team's parent team) are
/// left out of that order and written afterwards ("deferred"); they must be nullable.
struct PostgresSchema {
    struct Column: Equatable {
        let name: String
        /// information_schema's data_type: uuid, text, bigint, double precision, boolean, timestamp…, jsonb.
        let type: String
    }

    var columns: [String: [Column]] = [:]
    var order: [String] = []
    var deferred: [String: Set<String>] = [:]

    static func read(_ db: any SQLDatabase) async throws -> PostgresSchema {
        var schema = PostgresSchema()
        for row in try await db.raw("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name NOT IN ('_fluent_migrations', 'write_gate') ORDER BY table_name, ordinal_position
            """).all() {
            let table = try row.decode(column: "table_name", as: String.self)
            schema.columns[table, default: []].append(Column(name: try row.decode(column: "column_name", as: String.self),
                                                             type: try row.decode(column: "data_type", as: String.self)))
        }
        let references = try await db.raw("""
            SELECT kcu.table_name, kcu.column_name, ccu.table_name AS referenced, c.is_nullable
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
            JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
            JOIN information_schema.columns c ON c.table_schema = kcu.table_schema AND c.table_name = kcu.table_name AND c.column_name = kcu.column_name
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
            """).all().map { row in
            Reference(table: try row.decode(column: "table_name", as: String.self), column: try row.decode(column: "column_name", as: String.self),
                      referenced: try row.decode(column: "referenced", as: String.self),
                      nullable: try row.decode(column: "is_nullable", as: String.self) == "YES")
        }
        try schema.arrange(references)
        return schema
    }

    struct Reference {
        let table: String, column: String, referenced: String, nullable: Bool
    }

    /// Kahn's order over the references. A nullable reference to its own table is deferred from the start;
    /// when no table can go next, the nullable references that close a cycle among those left are
    /// deferred (a cycle of required references could hold no row at all).
    mutating func arrange(_ references: [Reference]) throws {
        var waiting = references.filter { columns[$0.table] != nil }
        for reference in waiting where reference.table == reference.referenced && reference.nullable {
            deferred[reference.table, default: []].insert(reference.column)
        }
        waiting.removeAll { $0.table == $0.referenced && $0.nullable }
        var left = Set(columns.keys)
        while !left.isEmpty {
            let blocked = Set(waiting.filter { left.contains($0.table) && left.contains($0.referenced) }.map(\.table))
            if let next = left.subtracting(blocked).sorted().first {
                order.append(next)
                left.remove(next)
                continue
            }
            let inCycle = waiting.filter { $0.nullable && left.contains($0.table) && Self.reaches($0.referenced, $0.table, waiting, within: left) }
            guard !inCycle.isEmpty else { throw PostgresMove.Refused(description: "The tables \(left.sorted()) refer to each other by required columns.") }
            for reference in inCycle { deferred[reference.table, default: []].insert(reference.column) }
            waiting.removeAll { reference in inCycle.contains { $0.table == reference.table && $0.column == reference.column } }
        }
    }

    /// Whether `from` refers, directly or through others among `tables`, to `to`.
    static func reaches(_ from: String, _ to: String, _ references: [Reference], within tables: Set<String>) -> Bool {
        var seen: Set<String> = [from], frontier = [from]
        while let table = frontier.popLast() {
            if table == to { return true }
            for reference in references where reference.table == table && tables.contains(reference.referenced) && seen.insert(reference.referenced).inserted {
                frontier.append(reference.referenced)
            }
        }
        return false
    }
}

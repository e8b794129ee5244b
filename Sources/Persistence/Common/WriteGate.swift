import FluentKit
import SQLKit

/// SQLite allows one writer at a time. A transaction that reads before it writes fails at once
/// ("database is locked") when another connection wrote in between, because its snapshot is stale.
/// Align's transactions on SQLite therefore write first: a one-row counter update takes the write
/// lock (waiting for it if need be) before anything is read. PostgreSQL needs nothing of the kind.
public enum WriteGate {
    public static func transaction<T: Sendable>(_ db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T)
        async throws -> T {
        guard !db.inTransaction, (db as? any SQLDatabase)?.dialect.name == "sqlite" else {
            return try await db.transaction(body)
        }
        return try await db.transaction { tx in
            try await (tx as! any SQLDatabase).raw("UPDATE write_gate SET n = n + 1 WHERE id = 1").run()
            return try await body(tx)
        }
    }
}

/// The one-row table `WriteGate` updates to take SQLite's write lock at the start of a transaction.
struct CreateWriteGate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("write_gate").field("id", .int, .identifier(auto: false)).field("n", .int, .required).create()
        try await (database as! any SQLDatabase).raw("INSERT INTO write_gate (id, n) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("write_gate").delete() }
}

import FluentKit
import SQLKit

/// Keeps SQLite's table statistics current. Without them SQLite cannot tell that an organization holds
/// most of a table, and for `organization_id = ? AND id IN (…)` it read every row of the organization
/// through the organization index (13 ms for 100 people among 50,000) instead of finding each id.
/// PostgreSQL keeps its own (autovacuum analyzes), so this does nothing there.
public enum DatabaseStatistics {
    /// Analyzes the tables that have no statistics yet or have grown or shrunk a lot since (SQLite's
    /// `PRAGMA optimize`): a few seconds once for a million feedback items, then nothing until the next big change.
    public static func refresh(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA optimize = 0x10002").run()
    }
}

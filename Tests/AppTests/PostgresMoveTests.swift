@testable import App
import Domain
import Foundation
@testable import Persistence
import SQLKit
import Testing

/// `align migrate-to-postgres`, in the PostgreSQL run of the tests (it needs a server to move into).
@Suite struct PostgresMoveTests {
    @Test func everyRowMovesWithItsIdAndTheMoveIsVerified() async throws {
        guard let url = TestApp.postgresURL else { return }
        var source = AlignConfig()
        source.logLevel = "error"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-move-\(UUID().uuidString).sqlite").path
        source.database = .sqlite(path: path)
        var target = source
        target.database = .postgres(url: url)
        let schema = "m_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await AlignRunner.withApplication(target) { app in try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
        target.postgresSearchPath = [schema]
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            try await AlignRunner.loadDemo(source)
            let before = try await Self.snapshot(source)
            try await AlignRunner.migrateToPostgres(from: source, to: target)
            let after = try await Self.snapshot(target)
            #expect(after == before)
            #expect(before.teams.count > 5 && before.sessions == ["moved-session"] && before.audit > 0)
            await #expect(throws: AlignRunner.CommandFailure.self, "a second move into the same database") {
                try await AlignRunner.migrateToPostgres(from: source, to: target)
            }
        } catch {
            try await Self.drop(schema, target)
            throw error
        }
        try await Self.drop(schema, target)
    }

    struct Snapshot: Equatable {
        var teams: [String] = [], passwordHashes: [String] = [], sessions: [String] = [], audit = 0, feedback = 0, parents: [String] = []
    }

    /// What the move must keep, read the same way from either database; a session is added to SQLite first.
    static func snapshot(_ config: AlignConfig) async throws -> Snapshot {
        var snapshot = Snapshot()
        try await AlignRunner.withApplication(config) { app in
            let sql = app.db as! any SQLDatabase
            if case .sqlite = config.database {
                try await sql.raw("""
                    INSERT INTO _fluent_sessions (id, key, data) VALUES (\(bind: UUID()), 'moved-session', '{"user":"x","since":"1796000000"}')
                    """).run()
                let org = try await sql.raw("SELECT id FROM organizations LIMIT 1").first()!.decode(column: "id", as: UUID.self)
                try await sql.raw("""
                    INSERT INTO audit_entries (id, organization_id, actor_name, action, kind, record_id, record_title, changes, at)
                    VALUES (\(bind: UUID()), \(bind: org), 'Ada', 'update', 'teams', \(bind: UUID()), 'Billing', '{"name":["A","B"]}', \(bind: Date()))
                    """).run()
            }
            func strings(_ query: SQLQueryString, _ column: String) async throws -> [String] {
                try await sql.raw(query).all().map { try $0.decode(column: column, as: String.self) }.sorted()
            }
            snapshot.teams = try await sql.raw("SELECT id, name FROM teams").all()
                .map { "\(try $0.decode(column: "id", as: UUID.self)) \(try $0.decode(column: "name", as: String.self))" }.sorted()
            snapshot.parents = try await sql.raw("SELECT id, parent_team_id FROM teams WHERE parent_team_id IS NOT NULL").all()
                .map { "\(try $0.decode(column: "id", as: UUID.self))→\(try $0.decode(column: "parent_team_id", as: UUID.self))" }.sorted()
            snapshot.passwordHashes = try await strings("SELECT password_hash FROM users", "password_hash")
            snapshot.sessions = try await strings("SELECT key FROM _fluent_sessions", "key")
            snapshot.audit = try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries").first()?.decode(column: "n", as: Int.self) ?? 0
            snapshot.feedback = try await sql.raw("SELECT COUNT(*) AS n FROM feedback_items").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return snapshot
    }

    static func drop(_ schema: String, _ target: AlignConfig) async throws {
        var plain = target
        plain.postgresSearchPath = nil
        try await AlignRunner.withApplication(plain) { app in try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
    }
}

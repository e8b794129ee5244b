@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

@Suite struct HousekeepingTests {
    static let day: TimeInterval = 24 * 3600

    @Test func prunesWhatIsPastRetentionOnceADayAndKeepsTheRest() async throws {
        try await TestApp.run { t in
            let sql = t.app.db as! any SQLDatabase
            let now = Date()
            try await t.app.store.recordSignInAttempt(email: "old@example.org", address: "203.0.113.9", succeeded: false, at: now - 40 * Self.day)
            try await t.app.store.recordSignInAttempt(email: "new@example.org", address: "203.0.113.9", succeeded: false, at: now - 2 * Self.day)
            for (key, since) in [("old", Int(now.timeIntervalSince1970 - 20 * Self.day)), ("fresh", Int(now.timeIntervalSince1970 - 60)), ("undated", nil)] {
                let data = since.map { #"{"_csrf":"x","since":"\#($0)"}"# } ?? #"{"_csrf":"x"}"#
                try await sql.raw("INSERT INTO _fluent_sessions (id, key, data) VALUES (\(bind: UUID()), \(bind: key), \(Self.json(data, sql)))").run()
            }
            _ = try await t.seed()
            let org = try #require(try await t.app.store.organization(slug: "acme")).id
            let oldRead = try await job(sql, org, "old-read", doneAt: now - 40 * Self.day)
            let oldUnread = try await job(sql, org, "old-unread", doneAt: now - 40 * Self.day)
            let recent = try await job(sql, org, "recent", doneAt: now - 2 * Self.day)
            try await inbox(sql, org, t.me.userID, oldRead, readAt: now - 39 * Self.day)
            try await inbox(sql, org, t.me.userID, oldUnread, readAt: nil)
            let failing = try await job(sql, org, "failing", doneAt: nil)
            try await attempt(sql, org, failing, status: 500, at: now - 40 * Self.day)
            try await attempt(sql, org, recent, status: 204, at: now - 40 * Self.day)
            try await attempt(sql, org, recent, status: 204, at: now - 1 * Self.day)

            let housekeeping = Housekeeping(db: t.app.db, retentionDays: 30)
            let today = CalendarDate.today
            let pruned = try #require(try await housekeeping.runDaily(today: today, now: now, worker: "one"))
            #expect(pruned == .init(sessions: 2, signInAttempts: 1, jobs: 1, webhookAttempts: 1))
            #expect(try await housekeeping.runDaily(today: today, now: now, worker: "two") == nil, "the day is claimed once across instances")
            #expect(try await keys(sql, "SELECT key FROM _fluent_sessions") == ["fresh"])
            #expect(try await keys(sql, "SELECT email AS key FROM sign_in_attempts") == ["new@example.org"])
            #expect(try await keys(sql, "SELECT job_key AS key FROM jobs") == ["failing", "old-unread", "recent"])
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM webhook_attempts").first()?.decode(column: "n", as: Int.self) == 2)
            let run = try #require(try await sql.raw("SELECT worker, jobs FROM housekeeping_runs").first())
            #expect(try run.decode(column: "worker", as: String.self) == "one")
            #expect(try run.decode(column: "jobs", as: Int.self) == 1)
        }
    }

    @Test func aSessionPastItsLifetimeSignsNobodyIn() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            #expect(try await t.send(.GET, "/orgs/acme/teams").status == .ok)
            let sql = t.app.db as! any SQLDatabase
            let text = sql.dialect.name == "postgresql" ? "data::text" : "data"
            let rows = try await sql.raw("SELECT key, \(unsafeRaw: text) AS data FROM _fluent_sessions").all()
            #expect(!rows.isEmpty)
            for row in rows {
                let key = try row.decode(column: "key", as: String.self)
                var values = try JSONDecoder().decode([String: String].self, from: Data(try row.decode(column: "data", as: String.self).utf8))
                #expect(values["since"] != nil, "every stored session is dated")
                values["since"] = String(Int(Date().timeIntervalSince1970 - 15 * Self.day))
                let data = String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
                try await sql.raw("UPDATE _fluent_sessions SET data = \(Self.json(data, sql)) WHERE key = \(bind: key)").run()
            }
            let page = try await t.raw(.GET, "/orgs/acme/teams", headers: ["Cookie": try #require(t.me.cookie)])
            #expect(page.status == .seeOther)
            #expect(page.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        }
    }

    /// Sessions' data is jsonb on PostgreSQL, text on SQLite.
    static func json(_ text: String, _ sql: any SQLDatabase) -> SQLQueryString {
        sql.dialect.name == "postgresql" ? "\(bind: text)::jsonb" : "\(bind: text)"
    }

    func job(_ sql: any SQLDatabase, _ org: UUID, _ key: String, doneAt: Date?) async throws -> UUID {
        let id = UUID()
        try await sql.raw("""
            INSERT INTO jobs (id, organization_id, kind, job_key, payload, run_at, attempts, done_at, created_at)
            VALUES (\(bind: id), \(bind: org), 'webhook-delivery', \(bind: key), '{}', \(bind: Date()), 1, \(bind: doneAt), \(bind: Date()))
            """).run()
        return id
    }

    func inbox(_ sql: any SQLDatabase, _ org: UUID, _ user: UUID, _ job: UUID, readAt: Date?) async throws {
        try await sql.raw("""
            INSERT INTO inbox_messages (id, organization_id, user_id, job_id, title, body, url, created_at, read_at)
            VALUES (\(bind: UUID()), \(bind: org), \(bind: user), \(bind: job), 'Check-in', 'Soon', '/', \(bind: Date()), \(bind: readAt))
            """).run()
    }

    func attempt(_ sql: any SQLDatabase, _ org: UUID, _ job: UUID, status: Int, at: Date) async throws {
        try await sql.raw("""
            INSERT INTO webhook_attempts (id, organization_id, job_id, attempt, status_code, duration_ms, created_at)
            VALUES (\(bind: UUID()), \(bind: org), \(bind: job), 1, \(bind: status), 12, \(bind: at))
            """).run()
    }

    func keys(_ sql: any SQLDatabase, _ query: String) async throws -> [String] {
        try await sql.raw(SQLQueryString(query)).all().map { try $0.decode(column: "key", as: String.self) }.sorted()
    }
}

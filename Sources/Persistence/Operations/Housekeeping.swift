import Domain
import FluentKit
import Foundation
import SQLKit

/// Removes what has served its purpose once a day: sessions past their life, sign-in attempts,
/// finished jobs and delivered webhook attempts older than the retention period. Any number of
/// instances may call `runDaily`; the one that records the day first does the work.
public struct Housekeeping: Sendable {
    public let db: any Database
    public let retentionDays: Int
    /// How long a session lasts from its start, signed in or not (the cookie's own life).
    public static let sessionLifetime: TimeInterval = 14 * 24 * 3600

    public init(db: any Database, retentionDays: Int) {
        self.db = db
        self.retentionDays = retentionDays
    }

    public struct Pruned: Sendable, Equatable, CustomStringConvertible {
        public var sessions = 0, signInAttempts = 0, jobs = 0, webhookAttempts = 0

        public init(sessions: Int = 0, signInAttempts: Int = 0, jobs: Int = 0, webhookAttempts: Int = 0) {
            self.sessions = sessions
            self.signInAttempts = signInAttempts
            self.jobs = jobs
            self.webhookAttempts = webhookAttempts
        }

        public var description: String {
            "\(sessions) expired sessions, \(signInAttempts) sign-in attempts, \(jobs) finished jobs, \(webhookAttempts) delivered webhook attempts"
        }
    }

    /// Prunes once for `today` across every instance; nil when another has already claimed the day.
    public func runDaily(today: CalendarDate, now: Date, worker: String) async throws -> Pruned? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let claimed = try await sql.raw("""
            INSERT INTO housekeeping_runs (id, day, worker, started_at) VALUES (\(bind: UUID()), \(bind: today.description), \(bind: worker), \(bind: now))
            ON CONFLICT (day) DO NOTHING RETURNING id
            """).all()
        guard let row = claimed.first else { return nil }
        let pruned = try await prune(now: now)
        try await sql.raw("""
            UPDATE housekeeping_runs SET finished_at = \(bind: Date()), sessions = \(bind: pruned.sessions),
              sign_in_attempts = \(bind: pruned.signInAttempts), jobs = \(bind: pruned.jobs), webhook_attempts = \(bind: pruned.webhookAttempts)
            WHERE id = \(bind: try row.decode(column: "id", as: UUID.self))
            """).run()
        return pruned
    }

    /// Prunes now. A finished job whose reminder someone has not read yet stays, with its inbox message.
    public func prune(now: Date) async throws -> Pruned {
        guard let sql = db as? any SQLDatabase else { return Pruned() }
        let cutoff = now.addingTimeInterval(-Double(retentionDays) * 24 * 3600)
        var pruned = Pruned()
        pruned.sessions = try await deleted(sql, sessionsStartedBefore(now.addingTimeInterval(-Self.sessionLifetime), dialect: sql.dialect.name))
        pruned.signInAttempts = try await deleted(sql, "DELETE FROM sign_in_attempts WHERE at < \(bind: cutoff) RETURNING id")
        pruned.webhookAttempts = try await deleted(sql, """
            DELETE FROM webhook_attempts WHERE created_at < \(bind: cutoff) AND status_code BETWEEN 200 AND 299 RETURNING id
            """)
        pruned.jobs = try await deleted(sql, """
            DELETE FROM jobs WHERE done_at < \(bind: cutoff)
              AND NOT EXISTS (SELECT 1 FROM inbox_messages m WHERE m.job_id = jobs.id AND m.read_at IS NULL) RETURNING id
            """)
        return pruned
    }

    /// Sessions keep when they began as `since` (seconds since 1970) in their JSON; one without it
    /// began before sessions were dated and is ended too.
    func sessionsStartedBefore(_ moment: Date, dialect: String) -> SQLQueryString {
        let seconds = Int(moment.timeIntervalSince1970)
        if dialect == "postgresql" {
            return "DELETE FROM _fluent_sessions WHERE COALESCE((data->>'since')::bigint, 0) < \(bind: seconds) RETURNING id"
        }
        return "DELETE FROM _fluent_sessions WHERE COALESCE(CAST(json_extract(data, '$.since') AS INTEGER), 0) < \(bind: seconds) RETURNING id"
    }

    func deleted(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).all().count
    }
}

import FluentKit
import Foundation
import SQLKit

/// What the database says about the work in it, for /metrics: read when scraped, so every instance
/// on one database reports the same queue and totals.
public struct OperationalFigures: Sendable, Equatable {
    public struct Jobs: Sendable, Equatable {
        public var queued = 0
        /// Queued and due now: waiting for a worker.
        public var due = 0
        public var running = 0
        public var done = 0
        public var failed = 0
        /// Seconds the longest-waiting due job has waited; 0 when none is due.
        public var oldestDueAge = 0.0

        public init() {}
    }

    /// By job kind (`JobKind.rawValue`).
    public var jobs: [String: Jobs] = [:]
    /// Rows of every import kept: imported, rejected, skipped as duplicates.
    public var importRows: [String: Int] = [:]
    /// Webhook attempts kept, by whether the receiver answered 2xx.
    public var webhookAttempts: [String: Int] = [:]

    public init() {}
}

extension AlignStore {
    /// Three grouped reads over tables housekeeping keeps to the retention period; none reads feedback.
    public func operationalFigures(now: Date = Date()) async throws -> OperationalFigures {
        guard let sql = db as? any SQLDatabase else { return OperationalFigures() }
        var figures = OperationalFigures()
        for row in try await sql.raw("""
            SELECT kind,
                   SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL AND claimed_at IS NULL THEN 1 ELSE 0 END) AS queued,
                   SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL AND claimed_at IS NULL AND run_at <= \(bind: now) THEN 1 ELSE 0 END) AS due,
                   SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL AND claimed_at IS NOT NULL THEN 1 ELSE 0 END) AS running,
                   SUM(CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END) AS done,
                   SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END) AS failed,
                   MIN(CASE WHEN done_at IS NULL AND failed_at IS NULL AND claimed_at IS NULL AND run_at <= \(bind: now) THEN run_at END) AS oldest
            FROM jobs GROUP BY kind
            """).all() {
            var jobs = OperationalFigures.Jobs()
            jobs.queued = try row.decode(column: "queued", as: Int?.self) ?? 0
            jobs.due = try row.decode(column: "due", as: Int?.self) ?? 0
            jobs.running = try row.decode(column: "running", as: Int?.self) ?? 0
            jobs.done = try row.decode(column: "done", as: Int?.self) ?? 0
            jobs.failed = try row.decode(column: "failed", as: Int?.self) ?? 0
            jobs.oldestDueAge = try row.decode(column: "oldest", as: Date?.self).map { max(0, now.timeIntervalSince($0)) } ?? 0
            figures.jobs[try row.decode(column: "kind", as: String.self)] = jobs
        }
        if let row = try await sql.raw("""
            SELECT SUM(imported) AS imported, SUM(rejected) AS rejected, SUM(duplicates) AS duplicates FROM feedback_imports
            """).first() {
            for outcome in ["imported", "rejected", "duplicates"] {
                figures.importRows[outcome] = try row.decode(column: outcome, as: Int?.self) ?? 0
            }
        }
        for row in try await sql.raw("""
            SELECT CASE WHEN status_code BETWEEN 200 AND 299 THEN 'delivered' ELSE 'failed' END AS outcome, COUNT(*) AS attempts
            FROM webhook_attempts GROUP BY 1
            """).all() {
            figures.webhookAttempts[try row.decode(column: "outcome", as: String.self)] = try row.decode(column: "attempts", as: Int.self)
        }
        return figures
    }
}

extension AlignStore {
    /// PostgreSQL's connections to this database by state (active, idle, idle in transaction…), from
    /// every instance; empty on SQLite, whose connections are files opened by this process alone.
    public func databaseConnections() async throws -> [String: Int] {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return [:] }
        var states: [String: Int] = [:]
        for row in try await sql.raw("""
            SELECT COALESCE(state, 'unknown') AS state, COUNT(*) AS connections FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend' GROUP BY 1
            """).all() {
            states[try row.decode(column: "state", as: String.self)] = try row.decode(column: "connections", as: Int.self)
        }
        return states
    }
}

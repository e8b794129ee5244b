import Domain
import FluentKit
import Foundation
import SQLKit

/// Queues, claims and settles jobs. Claiming is one conditional UPDATE per job: on PostgreSQL a second
/// instance's UPDATE waits for the first to commit and then finds the row taken; on SQLite writes take
/// turns. A claim that is not settled within `lease` (its process died) can be claimed again.
public struct JobQueue: Sendable {
    public let db: any Database
    public let worker: String
    public var lease: TimeInterval = 300
    /// After this many failed attempts a job is given up.
    public var maxAttempts = 8

    public init(db: any Database, worker: String) {
        self.db = db
        self.worker = worker
    }

    /// Adds a job unless one with the same key exists; returns whether it was added.
    @discardableResult
    public static func enqueue(_ kind: JobKind, key: String, organizationID: UUID, payload: String, runAt: Date, on db: any Database)
        async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            INSERT INTO jobs (id, organization_id, kind, job_key, payload, run_at, attempts, created_at)
            VALUES (\(bind: UUID()), \(bind: organizationID), \(bind: kind.rawValue), \(bind: key), \(bind: payload), \(bind: runAt), 0, \(bind: Date()))
            ON CONFLICT (job_key) DO NOTHING RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Claims up to `limit` jobs that are due; each comes back to exactly one caller.
    public func claim(now: Date, limit: Int = 20) async throws -> [JobRecord] {
        let expired = now.addingTimeInterval(-lease)
        let candidates = try await JobRecord.query(on: db).filter(\.$doneAt == nil).filter(\.$failedAt == nil)
            .filter(\.$runAt <= now)
            .group(.or) { $0.filter(\.$claimedAt == nil).filter(\.$claimedAt < expired) }
            .sort(\.$runAt).limit(limit).all(\.$id)
        var claimed: [JobRecord] = []
        for id in candidates {
            let token = UUID().uuidString
            try await WriteGate.transaction(db) { tx in
                try await JobRecord.query(on: tx).filter(\.$id == id).filter(\.$doneAt == nil).filter(\.$failedAt == nil)
                    .group(.or) { $0.filter(\.$claimedAt == nil).filter(\.$claimedAt < expired) }
                    .set(\.$claimedBy, to: worker).set(\.$claimToken, to: token).set(\.$claimedAt, to: now).update()
            }
            if let job = try await JobRecord.query(on: db).filter(\.$id == id).filter(\.$claimToken == token).first() {
                claimed.append(job)
            }
        }
        return claimed
    }

    /// Runs `work` and marks the job done in the same transaction, only if this worker still holds it;
    /// otherwise everything `work` wrote is rolled back. Returns whether the job was settled here.
    @discardableResult
    public func complete(_ job: JobRecord, now: Date, _ work: @escaping @Sendable (any Database) async throws -> Void) async throws -> Bool {
        let id = job.id!, token = job.claimToken
        do {
            try await WriteGate.transaction(db) { tx in
                try await work(tx)
                let held = try await JobRecord.query(on: tx).filter(\.$id == id).filter(\.$claimToken == token).filter(\.$doneAt == nil).count()
                guard held == 1 else { throw LostClaim() }
                try await JobRecord.query(on: tx).filter(\.$id == id).set(\.$doneAt, to: now).set(\.$attempts, to: job.attempts + 1)
                    .set(\.$lastError, to: nil).update()
            }
            return true
        } catch is LostClaim {
            return false
        }
    }

    /// Records a failed attempt: the job runs again after a growing wait, or is given up after `maxAttempts`.
    public func fail(_ job: JobRecord, error: String, now: Date) async throws {
        let attempts = job.attempts + 1
        let update = JobRecord.query(on: db).filter(\.$id == job.id!).filter(\.$claimToken == job.claimToken)
            .set(\.$attempts, to: attempts).set(\.$lastError, to: String(error.prefix(2000)))
            .set(\.$claimedAt, to: nil).set(\.$claimedBy, to: nil).set(\.$claimToken, to: nil)
        if attempts >= maxAttempts {
            try await update.set(\.$failedAt, to: now).update()
        } else {
            try await update.set(\.$runAt, to: now.addingTimeInterval(Self.backoff(afterAttempt: attempts))).update()
        }
    }

    /// 30 s after the first failure, doubling each time, at most six hours.
    public static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(30 * pow(2, Double(max(0, attempt - 1))), 6 * 3600)
    }

    struct LostClaim: Error {}
}

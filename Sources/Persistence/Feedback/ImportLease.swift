import Domain
import FluentKit
import Foundation
import SQLKit

/// Who is running an import, decided by a lease in the database rather than by which process starts
/// first: the runner claims the import with a token and renews its heartbeat with every batch (in the
/// batch's own transaction) and every few seconds between; an import whose heartbeat is older than
/// `timeout` has lost its runner and is marked interrupted, with its counters taken from what was stored.
public struct ImportLease: Sendable {
    public let importID: UUID
    public let token: String

    /// A heartbeat older than this means the runner is gone.
    public static let timeout: TimeInterval = 60
    /// How often a running import renews its heartbeat when no batch did.
    public static let renewal: TimeInterval = 10

    /// Takes the import if it is in one of `statuses` (queued for a new run, interrupted for a resume);
    /// nil when another runner has it or it is in another state.
    static func claim(_ importID: UUID, from statuses: [ImportStatus], on db: any Database, now: Date = Date()) async throws -> ImportLease? {
        guard db is any SQLDatabase else { return nil }
        let token = UUID().uuidString
        let rows = try await WriteGate.transaction(db) { tx in
            try await (tx as! any SQLDatabase).raw("""
                UPDATE feedback_imports SET status = \(bind: ImportStatus.running.rawValue), lease_token = \(bind: token),
                    heartbeat_at = \(bind: now), error = NULL, updated_at = \(bind: now)
                WHERE id = \(bind: importID) AND status IN (\(binds: statuses.map(\.rawValue))) RETURNING id
                """).all()
        }
        return rows.isEmpty ? nil : ImportLease(importID: importID, token: token)
    }

    /// Renews the heartbeat, in `db`'s transaction when it is one; throws `LostLease` when another
    /// runner holds the import now (or it was marked interrupted), so the caller's writes roll back.
    func renew(on db: any Database, now: Date = Date(), progress: ImportProgress? = nil) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var sets: [SQLQueryString] = ["heartbeat_at = \(bind: now)"]
        if let progress {
            sets += ["bytes_read = \(bind: progress.bytesRead)", "rows_read = \(bind: progress.rowsRead)", "imported = \(bind: progress.imported)",
                     "duplicates = \(bind: progress.duplicates)", "rejected = \(bind: progress.rejected)"]
        }
        let rows = try await sql.raw("""
            UPDATE feedback_imports SET \(sets.joined(separator: ", "))
            WHERE id = \(bind: importID) AND lease_token = \(bind: token) AND status = \(bind: ImportStatus.running.rawValue) RETURNING id
            """).all()
        if rows.isEmpty { throw LostLease() }
    }

    /// Renews the heartbeat every `renewal` seconds until cancelled, so a long batch or the work after
    /// the rows (themes, links) does not look like a dead runner.
    func keepAlive(on db: any Database) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(Self.renewal))
            if Task.isCancelled { return }
            do { try await WriteGate.transaction(db) { try await renew(on: $0) } } catch { return }
        }
    }

    /// Ends the run: finished, failed or interrupted, with the file no longer waiting (unless kept to resume).
    func settle(_ status: ImportStatus, error: String?, keepFile: Bool, on db: any Database, now: Date = Date()) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE feedback_imports SET status = \(bind: status.rawValue), error = \(bind: error), lease_token = NULL,
                finished_at = \(bind: status == .interrupted ? nil : now), updated_at = \(bind: now)\(unsafeRaw: keepFile ? "" : ", file_path = NULL")
            WHERE id = \(bind: importID) AND lease_token = \(bind: token)
            """).run()
    }

    /// Marks every import whose runner is gone as interrupted (in one organization, or all), with its
    /// counts of stored items and rejected rows taken from the tables. Safe with any number of instances:
    /// an import whose runner is alive keeps renewing its heartbeat and is never touched.
    public static func markInterrupted(organizationID: UUID? = nil, on db: any Database, now: Date = Date()) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let expired = now.addingTimeInterval(-timeout)
        let scope: SQLQueryString = organizationID.map { "AND organization_id = \(bind: $0)" } ?? ""
        let stale = try await sql.raw("""
            SELECT id FROM feedback_imports WHERE status IN (\(binds: [ImportStatus.queued.rawValue, ImportStatus.running.rawValue])) \(scope)
            AND COALESCE(heartbeat_at, updated_at, created_at) < \(bind: expired)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        for id in stale {
            try await WriteGate.transaction(db) { tx in
                try await (tx as! any SQLDatabase).raw("""
                    UPDATE feedback_imports SET status = \(bind: ImportStatus.interrupted.rawValue), lease_token = NULL, updated_at = \(bind: now),
                        error = \(bind: FeedbackImportRecord.interruptedMessage),
                        imported = (SELECT COUNT(*) FROM feedback_items f WHERE f.import_id = feedback_imports.id),
                        rejected = (SELECT COUNT(*) FROM import_rejections r WHERE r.import_id = feedback_imports.id)
                    WHERE id = \(bind: id) AND status IN (\(binds: [ImportStatus.queued.rawValue, ImportStatus.running.rawValue]))
                    AND COALESCE(heartbeat_at, updated_at, created_at) < \(bind: expired)
                    """).run()
            }
        }
    }
}

/// The import was taken over or marked interrupted while this runner still worked on it.
struct LostLease: Error {}

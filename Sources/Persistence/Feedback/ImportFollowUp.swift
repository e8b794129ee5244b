import FluentKit
import Foundation
import SQLKit

/// What follows an import's rows: themes when the organization had none, then link proposals. At a
/// million items it takes minutes, so it is queued as a job before it starts, due a while later: done
/// here, the job is marked done; stopped by a shutdown, the job is made due at once, and the next pass
/// of any instance (or `align jobs run`) does it again from the start. Nothing waits for it to end.
public enum ImportFollowUp {
    struct Payload: Codable, Sendable {
        let importID: UUID
        /// Whether themes are found afresh: decided when the rows were in, as a run stopped halfway leaves some.
        let themes: Bool
        let links: Bool
    }

    /// How long a follow-up planned by a process that then vanished waits before another instance takes it.
    static let fallbackDelay: TimeInterval = 15 * 60

    static func key(_ importID: UUID) -> String { "import-follow-up:\(importID.uuidString)" }

    /// Plans, runs and settles the follow-up of `importID`; answers the proposals waiting, when it made links.
    static func runPlanned(_ importID: UUID, organizationID: UUID, proposeLinks: Bool, on db: any Database) async throws -> Int? {
        let payload = Payload(importID: importID, themes: try await FeedbackThemes.current(organizationID, on: db).isEmpty, links: proposeLinks)
        guard payload.themes || payload.links else { return nil }
        try await JobQueue.enqueue(.importFollowUp, key: key(importID), organizationID: organizationID,
                                   payload: String(decoding: try JSONEncoder().encode(payload), as: UTF8.self),
                                   runAt: Date().addingTimeInterval(fallbackDelay), on: db)
        do {
            let links = try await run(payload, organizationID: organizationID, on: db)
            try await settle(importID, on: db, done: true)
            return links
        } catch is CancellationError {
            try await settle(importID, on: db, done: false)
            throw CancellationError()
        } catch {
            // A fault, not a shutdown: said on the import (by the caller), not retried without end.
            try await settle(importID, on: db, done: true)
            throw error
        }
    }

    /// The work itself, as the job runs it too.
    static func run(_ payload: Payload, organizationID: UUID, on db: any Database) async throws -> Int? {
        if payload.themes { try await FeedbackThemes.recompute(organizationID, on: db) }
        return payload.links ? try await LinkProposals.refresh(organizationID, on: db).proposed : nil
    }

    /// Runs a queued follow-up's payload (`JobKind.importFollowUp`).
    static func run(payload text: String, organizationID: UUID, on db: any Database) async throws {
        _ = try await run(try JSONDecoder().decode(Payload.self, from: Data(text.utf8)), organizationID: organizationID, on: db)
    }

    /// Done, or due now for the next pass; only while no instance has claimed it meanwhile.
    static func settle(_ importID: UUID, on db: any Database, done: Bool) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let now = Date()
        try await sql.raw("""
            UPDATE jobs SET \(unsafeRaw: done ? "done_at" : "run_at") = \(bind: now)
            WHERE job_key = \(bind: key(importID)) AND claimed_at IS NULL AND done_at IS NULL
            """).run()
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

extension FeedbackFigureStore {
    /// Runs a change to the links of the given items (confirming, undoing, a theme link bringing its items
    /// in) and keeps the figures: what the items counted before is taken away and what they count after is
    /// added, in the caller's transaction; waiting proposals are counted afresh.
    static func keeping(_ itemIDs: Set<UUID>, organizationID: UUID, on db: any Database, _ change: () async throws -> Void) async throws {
        guard let sql = db as? any SQLDatabase else { return try await change() }
        _ = try await lock(organizationID, on: sql)
        let before = try await counts(of: itemIDs, organizationID: organizationID, on: db)
        try await change()
        var delta = try await counts(of: itemIDs, organizationID: organizationID, on: db)
        delta.add(before, times: -1)
        try await upsert(delta, organizationID: organizationID, on: sql)
        try await recountProposals(organizationID, on: db)
    }

    static func counts(of itemIDs: Set<UUID>, organizationID: UUID, on db: any Database) async throws -> FigureCounts {
        var counts = FigureCounts()
        let ids = Array(itemIDs)
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            let records = try await FeedbackRecord.query(on: db).filter(\.$organizationID == organizationID)
                .filter(\.$id ~~ Array(ids[start..<min(start + 5_000, ids.count)])).all()
            try await FeedbackRecord.loadRelations(records, on: db)
            let items = records.map { ($0.id!, $0.content) }
            counts.add(try await FigureContext.load(items, on: db).counts(items))
        }
        return counts
    }

    /// Replaces the counts of waiting proposals, per friction and per linked theme.
    static func recountProposals(_ organizationID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DELETE FROM feedback_figures WHERE organization_id = \(bind: organizationID) AND figure = \(bind: FeedbackFigures.proposed)").run()
        try await upsert(try await proposalCounts(organizationID, on: db), organizationID: organizationID, on: sql)
    }

    /// Waiting proposals: every one counts for its friction; theme links count for their theme too.
    static func proposalCounts(_ organizationID: UUID, on db: any Database) async throws -> FigureCounts {
        var counts = FigureCounts()
        guard let sql = db as? any SQLDatabase else { return counts }
        for row in try await sql.raw("""
            SELECT friction_id, theme, COUNT(*) AS n FROM friction_links
            WHERE organization_id = \(bind: organizationID) AND status = 'proposed' GROUP BY friction_id, theme
            """).all() {
            let n = try row.decode(column: "n", as: Int.self)
            let friction = try row.decode(column: "friction_id", as: UUID.self)
            counts.add(FigureKey(FeedbackFigures.proposed, FeedbackFigures.friction, subject: friction.uuidString, detail: FeedbackFigures.items), n)
            if let theme = try row.decode(column: "theme", as: String?.self) {
                counts.add(FigureKey(FeedbackFigures.proposed, FeedbackFigures.themeDimension, subject: theme, detail: FeedbackFigures.items), n)
            }
        }
        return counts
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// Runs the link proposer over an organization's feedback and keeps people's decisions.
public enum LinkProposals {
    public struct Outcome: Sendable, Equatable {
        /// Links now waiting for a person.
        public let proposed: Int
        /// Feedback items compared with the frictions at their touchpoints.
        public let compared: Int
        /// Confirmed and rejected links left as people decided them.
        public let decided: Int
    }

    /// Proposes links afresh: waiting proposals are replaced, decided links stay, and confirmed theme
    /// links take in the theme's newer items. Streams the feedback twice, a page at a time.
    @discardableResult
    public static func refresh(_ organizationID: UUID, on db: any Database, pageSize: Int = 2_000) async throws -> Outcome {
        let places = try await FrictionPlaces.load(organizationID, on: db)
        let touchpoints = places.reduce(into: Set<UUID>()) { $0.formUnion($1.touchpointIDs) }
        var rarity = TermRarity()
        for place in places { rarity.add(place.text) }
        var compared = 0
        try await forEachCandidate(organizationID, at: touchpoints, on: db, pageSize: pageSize) { items in
            for item in items { rarity.add(item.text) }
            compared += items.count
        }
        var proposer = LinkProposer(frictions: places, rarity: rarity)
        try await forEachCandidate(organizationID, at: touchpoints, on: db, pageSize: pageSize) { items in
            for item in items { proposer.consider(item) }
        }
        let proposals = proposer.proposals()
        let decided = try await WriteGate.transaction(db) { tx in
            let kept = try await FrictionLinkRecord.query(on: tx).filter(\.$organizationID == organizationID)
                .filter(\.$statusValue != LinkStatus.proposed.rawValue).all()
            try await FrictionLinkRecord.query(on: tx).filter(\.$organizationID == organizationID)
                .filter(\.$statusValue == LinkStatus.proposed.rawValue).delete()
            let taken = Set(kept.map { Key($0.frictionID, $0.subject) })
            let fresh = proposals.filter { !taken.contains(Key($0.frictionID, $0.subject)) }
                .map { FrictionLinkRecord(organizationID: organizationID, proposal: $0) }
            for chunk in stride(from: 0, to: fresh.count, by: 500) { try await Array(fresh[chunk..<min(chunk + 500, fresh.count)]).create(on: tx) }
            for link in kept where link.theme != nil && link.status == .confirmed { try await FrictionLinkDecisions.expand(link, on: tx) }
            return kept.count
        }
        let waiting = try await FrictionLinkRecord.query(on: db).filter(\.$organizationID == organizationID)
            .filter(\.$statusValue == LinkStatus.proposed.rawValue).count()
        return Outcome(proposed: waiting, compared: compared, decided: decided)
    }

    struct Key: Hashable {
        let frictionID: UUID, subject: LinkSubject
        init(_ frictionID: UUID, _ subject: LinkSubject) { self.frictionID = frictionID; self.subject = subject }
    }

    /// Feedback that can speak for a friction (anything but praise, unless it reads negative) on the
    /// given touchpoints, by id. One join per page instead of eager loading, whose matching of
    /// children to parents grows with the square of the page.
    static func forEachCandidate(_ organizationID: UUID, at touchpoints: Set<UUID>, on db: any Database, pageSize: Int,
                                 _ body: ([FeedbackPlace]) async throws -> Void) async throws {
        guard !touchpoints.isEmpty, let sql = db as? any SQLDatabase else { return }
        let places = SQLGroupExpression(touchpoints.sorted { $0.uuidString < $1.uuidString }.map { SQLBind($0) })
        var after: UUID?
        while true {
            let rows = try await sql.raw("""
                SELECT f.id AS id, f.text AS text, f.theme AS theme, ft.touchpoint_id AS touchpoint
                FROM feedback_items f JOIN feedback_touchpoints ft ON ft.feedback_id = f.id
                WHERE f.organization_id = \(bind: organizationID) AND ft.touchpoint_id IN \(places)
                AND (f.kind <> 'works-well' OR f.sentiment_label = 'negative') AND f.text <> ''
                AND (\(bind: after == nil) OR f.id > \(bind: after ?? organizationID))
                ORDER BY f.id LIMIT \(unsafeRaw: String(pageSize))
                """).all()
            guard !rows.isEmpty else { return }
            var items: [FeedbackPlace] = []
            for row in rows {
                let id = try row.decode(column: "id", as: UUID.self), touchpoint = try row.decode(column: "touchpoint", as: UUID.self)
                if let last = items.last, last.feedbackID == id {
                    items[items.count - 1] = FeedbackPlace(feedbackID: id, text: last.text, touchpointIDs: last.touchpointIDs.union([touchpoint]),
                                                           theme: last.theme)
                } else {
                    items.append(FeedbackPlace(feedbackID: id, text: try row.decode(column: "text", as: String.self), touchpointIDs: [touchpoint],
                                               theme: try row.decode(column: "theme", as: String?.self)))
                }
            }
            // A full page may have cut the last item's touchpoints short; it starts the next page instead.
            if rows.count == pageSize, items.count > 1 { items.removeLast() }
            try await body(items)
            guard rows.count == pageSize, let last = items.last else { return }
            after = last.feedbackID
        }
    }

    static func candidates(_ query: QueryBuilder<FeedbackRecord>) -> QueryBuilder<FeedbackRecord> {
        query.group(.or) {
            $0.filter(\.$kind != FeedbackKind.worksWell.rawValue).filter(\.$sentimentLabel == SentimentLabel.negative.rawValue)
        }
    }
}

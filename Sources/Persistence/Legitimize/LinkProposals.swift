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
            // Splitting texts into stemmed words is most of the work: each core counts a share of the page.
            for part in Parallel.ranges(items.count, { range in
                var part = TermRarity()
                for index in range { part.add(items[index].text) }
                return part
            }) { rarity.merge(part) }
            compared += items.count
        }
        var proposer = LinkProposer(frictions: places, rarity: rarity)
        try await forEachCandidate(organizationID, at: touchpoints, on: db, pageSize: pageSize) { items in
            let reader = proposer
            for comparison in Parallel.map(items, { reader.compare($0) }) { proposer.record(comparison) }
        }
        let proposals = proposer.proposals()
        let decided = try await store(proposals, organizationID, on: db)
        let waiting = try await FrictionLinkRecord.query(on: db).filter(\.$organizationID == organizationID)
            .filter(\.$statusValue == LinkStatus.proposed.rawValue).count()
        return Outcome(proposed: waiting, compared: compared, decided: decided)
    }

    /// Replaces the waiting proposals and lets confirmed theme links bring in their new items, keeping the
    /// figures; answers how many links people had decided.
    static func store(_ proposals: [LinkProposal], _ organizationID: UUID, on db: any Database) async throws -> Int {
        try await WriteGate.transaction(db) { tx in
            let kept = try await FrictionLinkRecord.query(on: tx).filter(\.$organizationID == organizationID)
                .filter(\.$statusValue != LinkStatus.proposed.rawValue).all()
            let themeLinks = kept.filter { $0.theme != nil && $0.status == .confirmed }
            var affected = Set<UUID>()
            for link in themeLinks { affected.formUnion(try await FrictionLinkDecisions.expansionCandidates(link, on: tx)) }
            try await FeedbackFigureStore.keeping(affected, organizationID: organizationID, on: tx) {
                try await FrictionLinkRecord.query(on: tx).filter(\.$organizationID == organizationID)
                    .filter(\.$statusValue == LinkStatus.proposed.rawValue).delete()
                let taken = Set(kept.map { Key($0.frictionID, $0.subject) })
                let fresh = proposals.filter { !taken.contains(Key($0.frictionID, $0.subject)) }
                    .map { FrictionLinkRecord(organizationID: organizationID, proposal: $0) }
                for chunk in stride(from: 0, to: fresh.count, by: 500) { try await Array(fresh[chunk..<min(chunk + 500, fresh.count)]).create(on: tx) }
                for link in themeLinks { try await FrictionLinkDecisions.expand(link, on: tx) }
            }
            return kept.count
        }
    }

    struct Key: Hashable {
        let frictionID: UUID, subject: LinkSubject
        init(_ frictionID: UUID, _ subject: LinkSubject) { self.frictionID = frictionID; self.subject = subject }
    }

    /// Feedback that can speak for a friction (anything but praise, unless it reads negative) on the
    /// given touchpoints, by id: a page of items along the primary key, then their touchpoints. (A
    /// join sorted by id made the database sort every match again for each page.)
    static func forEachCandidate(_ organizationID: UUID, at touchpoints: Set<UUID>, on db: any Database, pageSize: Int,
                                 _ body: ([FeedbackPlace]) async throws -> Void) async throws {
        guard !touchpoints.isEmpty, let sql = db as? any SQLDatabase else { return }
        var after: UUID?
        while true {
            try Task.checkCancellation()
            // Two texts rather than "(first page OR id > ?)", which kept SQLite from starting the walk at the last id.
            let rows = try await sql.raw(after.map { after in """
                SELECT id, text, theme FROM feedback_items WHERE organization_id = \(bind: organizationID) AND id > \(bind: after)
                AND (kind <> 'works-well' OR sentiment_label = 'negative') AND text <> '' ORDER BY id LIMIT \(unsafeRaw: String(pageSize))
                """ } ?? """
                SELECT id, text, theme FROM feedback_items WHERE organization_id = \(bind: organizationID)
                AND (kind <> 'works-well' OR sentiment_label = 'negative') AND text <> '' ORDER BY id LIMIT \(unsafeRaw: String(pageSize))
                """).all()
            guard !rows.isEmpty else { return }
            let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
            var places: [UUID: Set<UUID>] = [:]
            // Plain rows, not Fluent models: decoding a model per link was a tenth of a large import's time.
            for link in try await sql.raw("SELECT feedback_id AS f, touchpoint_id AS t FROM feedback_touchpoints WHERE feedback_id IN (\(binds: ids))").all() {
                let touchpoint = try link.decode(column: "t", as: UUID.self)
                if touchpoints.contains(touchpoint) { places[try link.decode(column: "f", as: UUID.self), default: []].insert(touchpoint) }
            }
            var items: [FeedbackPlace] = []
            for (row, id) in zip(rows, ids) {
                guard let here = places[id] else { continue }
                items.append(FeedbackPlace(feedbackID: id, text: try row.decode(column: "text", as: String.self), touchpointIDs: here,
                                           theme: try row.decode(column: "theme", as: String?.self)))
            }
            try await body(items)
            guard rows.count == pageSize else { return }
            after = ids.last
        }
    }

    static func candidates(_ query: QueryBuilder<FeedbackRecord>) -> QueryBuilder<FeedbackRecord> {
        query.group(.or) {
            $0.filter(\.$kind != FeedbackKind.worksWell.rawValue).filter(\.$sentimentLabel == SentimentLabel.negative.rawValue)
        }
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// What an item's figures depend on beyond its own row, loaded for a batch of items at once: where
/// its touchpoints sit, its customer's tier, and the frictions confirmed links tie it to.
struct FigureContext: Sendable {
    var places: [UUID: TouchpointPlace] = [:]
    var tiers: [UUID: ValueTier] = [:]
    var confirmed: [UUID: [UUID]] = [:]

    static func load(_ items: [(id: UUID, item: FeedbackItem)], on db: any Database, places known: [UUID: TouchpointPlace]? = nil,
                     linksExist: Bool = true) async throws -> FigureContext {
        var context = FigureContext()
        if let known { context.places = known } else {
            context.places = try await TouchpointPlaces.of(Set(items.flatMap(\.item.touchpointIDs)), on: db)
        }
        let customers = Set(items.compactMap(\.item.customerID))
        if !customers.isEmpty {
            for record in try await CustomerRecord.query(on: db).filter(\.$id ~~ Array(customers)).field(\.$id).field(\.$valueTier).all() {
                context.tiers[record.id!] = ValueTier(rawValue: record.valueTier)
            }
        }
        if linksExist, !items.isEmpty {
            for start in stride(from: 0, to: items.count, by: 5_000) {
                let ids = items[start..<min(start + 5_000, items.count)].map(\.id)
                for link in try await FrictionLinkRecord.query(on: db).filter(\.$feedbackID ~~ ids)
                    .filter(\.$statusValue == LinkStatus.confirmed.rawValue).field(\.$feedbackID).field(\.$frictionID).all() {
                    context.confirmed[link.feedbackID!, default: []].append(link.frictionID)
                }
            }
        }
        return context
    }

    func facts(_ id: UUID, _ item: FeedbackItem, theme: String?) -> FeedbackFacts {
        FeedbackFacts(item, theme: theme, places: places, tier: item.customerID.flatMap { tiers[$0] }, confirmedFrictions: confirmed[id] ?? [])
    }

    func counts(_ items: [(id: UUID, item: FeedbackItem)]) -> FigureCounts {
        var counts = FigureCounts()
        for (id, item) in items { counts.add(FeedbackFigures.counts(of: facts(id, item, theme: item.theme))) }
        return counts
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// What an item's figures depend on beyond its own row, loaded for a batch of items at once: where
/// its touchpoints sit, its customer's tier, and the frictions confirmed links tie it to.
struct FigureContext: Sendable {
    var places: [UUID: TouchpointPlace] = [:]
    var tiers: [UUID: ValueTier] = [:]
    var segments: [UUID: String] = [:]
    /// The customer of each conversation the items belong to.
    var conversationCustomers: [UUID: UUID] = [:]
    var confirmed: [UUID: [UUID]] = [:]

    static func load(_ items: [(id: UUID, item: FeedbackItem)], on db: any Database, places known: [UUID: TouchpointPlace]? = nil,
                     linksExist: Bool = true) async throws -> FigureContext {
        var context = FigureContext()
        if let known { context.places = known } else {
            context.places = try await TouchpointPlaces.of(Set(items.flatMap(\.item.touchpointIDs)), on: db)
        }
        let conversations = Set(items.filter { $0.item.customerID == nil }.compactMap(\.item.conversationID))
        if !conversations.isEmpty {
            for record in try await ConversationRecord.query(on: db).filter(\.$id ~~ Array(conversations)).field(\.$id).field(\.$customerID).all() {
                context.conversationCustomers[record.id!] = record.customerID
            }
        }
        let customers = Set(items.compactMap(\.item.customerID)).union(context.conversationCustomers.values)
        if !customers.isEmpty {
            for record in try await CustomerRecord.query(on: db).filter(\.$id ~~ Array(customers)).field(\.$id).field(\.$valueTier)
                .field(\.$segment).all() {
                context.tiers[record.id!] = ValueTier(rawValue: record.valueTier)
                context.segments[record.id!] = record.segment
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
        let customer = item.customerID ?? item.conversationID.flatMap { conversationCustomers[$0] }
        return FeedbackFacts(item, theme: theme, places: places, tier: item.customerID.flatMap { tiers[$0] }, confirmedFrictions: confirmed[id] ?? [],
                             customerSegment: customer.flatMap { segments[$0] })
    }

    func counts(_ items: [(id: UUID, item: FeedbackItem)]) -> FigureCounts {
        var counts = FigureCounts()
        for (id, item) in items { counts.add(FeedbackFigures.counts(of: facts(id, item, theme: item.theme))) }
        return counts
    }
}

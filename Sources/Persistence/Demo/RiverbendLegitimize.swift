import Domain
import FluentKit
import Foundation

/// Riverbend's CX lead has been through the first proposals: the demo shows links confirmed where
/// a conversation plainly describes a friction the team recorded, and one theme confirmed whole,
/// so all three Legitimize views have something in them. Later loads keep those decisions.
extension DemoLoader {
    static let demoDecider = "Casey Cx (demo)"

    static func legitimizeRiverbend(_ orgID: UUID, on db: any Database) async throws {
        try await LinkProposals.refresh(orgID, on: db)
        let decided = try await FrictionLinkRecord.query(on: db).filter(\.$organizationID == orgID)
            .filter(\.$statusValue != LinkStatus.proposed.rawValue).count()
        guard decided == 0 else { return }
        let proposed = try await FrictionLinkRecord.query(on: db).filter(\.$organizationID == orgID)
            .filter(\.$statusValue == LinkStatus.proposed.rawValue).sort(\.$similarity, .descending).sort(\.$id).all()
        let conversationItems = Set(try await FeedbackRecord.query(on: db).filter(\.$organizationID == orgID)
            .filter(\.$source == FeedbackSource.conversation.rawValue).all(\.$id))
        var confirmedPerFriction: [UUID: Int] = [:]
        for link in proposed {
            guard let item = link.feedbackID, conversationItems.contains(item), link.similarity >= demoConfirmSimilarity,
                  confirmedPerFriction[link.frictionID, default: 0] < 2 else { continue }
            confirmedPerFriction[link.frictionID, default: 0] += 1
            try await FrictionLinkDecisions.decide(link, .confirmed, by: demoDecider, on: db)
        }
        if let theme = proposed.first(where: { $0.theme != nil && confirmedPerFriction[$0.frictionID] != nil }) {
            try await FrictionLinkDecisions.decide(theme, .confirmed, by: demoDecider, on: db)
        }
        if let weakest = proposed.last(where: { $0.feedbackID != nil && $0.status == .proposed }) {
            try await FrictionLinkDecisions.decide(weakest, .rejected, by: demoDecider, on: db)
        }
    }

    static let demoConfirmSimilarity = 0.3
}

import Domain
import FluentKit
import Foundation

/// A person's confirm, reject or undo on a link, with what a theme link brings along.
public enum FrictionLinkDecisions {
    /// Records the decision. Confirming a theme link confirms the theme's items at the friction's
    /// touchpoints; undoing it takes them back. Deciding an item a theme brought in makes it the item's own.
    public static func decide(_ link: FrictionLinkRecord, _ status: LinkStatus, by name: String, on db: any Database) async throws {
        try await WriteGate.transaction(db) { tx in
            let affected = try await affectedItems(link, on: tx)
            try await FeedbackFigureStore.keeping(affected, organizationID: link.organizationID, on: tx) {
                let was = link.status
                link.statusValue = status.rawValue
                link.decidedBy = status == .proposed ? nil : name
                link.decidedAt = status == .proposed ? nil : Date()
                link.viaTheme = nil
                try await link.save(on: tx)
                guard link.theme != nil, was != status else { return }
                if status == .confirmed { try await expand(link, on: tx) } else { try await withdraw(link, on: tx) }
            }
        }
    }

    /// The items whose confirmed links a decision on the link may change: its own item, or for a theme
    /// link the theme's items at the friction's touchpoints and those it brought in before.
    static func affectedItems(_ link: FrictionLinkRecord, on db: any Database) async throws -> Set<UUID> {
        guard let theme = link.theme else { return Set([link.feedbackID].compactMap { $0 }) }
        let broughtIn = try await FrictionLinkRecord.query(on: db).filter(\.$frictionID == link.frictionID).filter(\.$viaTheme == theme)
            .all(\.$feedbackID).compactMap { $0 }
        return try await expansionCandidates(link, on: db).union(broughtIn)
    }

    /// The theme's items at the friction's touchpoints.
    static func expansionCandidates(_ link: FrictionLinkRecord, on db: any Database) async throws -> Set<UUID> {
        guard let theme = link.theme,
              let place = try await FrictionPlaces.load(link.organizationID, on: db, only: [link.frictionID]).first,
              !place.touchpointIDs.isEmpty else { return [] }
        return Set(try await LinkProposals.candidates(FeedbackRecord.query(on: db).filter(\.$organizationID == link.organizationID))
            .filter(\.$theme == theme)
            .join(FeedbackTouchpointRecord.self, on: \FeedbackTouchpointRecord.$feedback.$id == \FeedbackRecord.$id)
            .filter(FeedbackTouchpointRecord.self, \.$touchpointID ~~ Array(place.touchpointIDs))
            .all(\.$id))
    }

    /// Confirms, as brought in by the theme, its items at the friction's touchpoints that no decision covers yet.
    static func expand(_ link: FrictionLinkRecord, on db: any Database) async throws {
        guard let theme = link.theme else { return }
        let items = try await expansionCandidates(link, on: db)
        guard !items.isEmpty else { return }
        let existing = try await FrictionLinkRecord.query(on: db).filter(\.$frictionID == link.frictionID).filter(\.$feedbackID != nil).all()
        let byItem = Dictionary(existing.map { ($0.feedbackID!, $0) }, uniquingKeysWith: { a, _ in a })
        var fresh: [FrictionLinkRecord] = []
        for id in items {
            if let current = byItem[id] {
                guard current.status == .proposed else { continue }
                current.statusValue = LinkStatus.confirmed.rawValue
                current.viaTheme = theme
                try await current.save(on: db)
            } else {
                fresh.append(FrictionLinkRecord(organizationID: link.organizationID,
                    proposal: LinkProposal(frictionID: link.frictionID, subject: .feedback(id), similarity: link.similarity,
                                           sharedWords: link.sharedWords), status: .confirmed, viaTheme: theme))
            }
        }
        for chunk in stride(from: 0, to: fresh.count, by: 500) { try await Array(fresh[chunk..<min(chunk + 500, fresh.count)]).create(on: db) }
    }

    static func withdraw(_ link: FrictionLinkRecord, on db: any Database) async throws {
        guard let theme = link.theme else { return }
        try await FrictionLinkRecord.query(on: db).filter(\.$frictionID == link.frictionID).filter(\.$viaTheme == theme).delete()
    }
}

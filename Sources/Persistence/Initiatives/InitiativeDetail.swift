import Domain
import FluentKit
import Foundation

/// A customer queued to hear what an initiative changed, and whether they have been told.
public struct ClosingNote: Sendable, Equatable {
    public let customerID: UUID
    public let status: ClosingNoteStatus
    public let sharedOn: String?
}

/// Everything an initiative's page shows about it, gathered in one place.
public struct InitiativeDetail: Sendable {
    public let initiative: Stored<Initiative>
    public let changes: [Stored<InitiativeChange>]
    public let needs: [Stored<CapabilityNeed>]
    public let history: [InitiativeMove]
    /// Feedback items confirming each of its frictions.
    public let confirmedItems: [UUID: Int]
    /// Scores before and after, once it is done; and on how many touchpoints they were measured.
    public let effect: InitiativeEffect?
    public let effectTouchpoints: Int
    public let settings: NurtureSettings
    /// What marking it done would add to change fatigue, while it is in progress.
    public let fatigueForecast: [ChangeFatigue.Warning]
    public let closingNotes: [ClosingNote]
    /// Whether the person looking may move and edit it.
    public let canMove: Bool

    public var openNeeds: Int { needs.filter(\.isOpen).count }
}

extension Initiatives {
    /// The initiative with what its page shows beside it.
    public func detail(_ id: UUID) async throws -> InitiativeDetail {
        let item = try await find(id)
        let byInitiative = ListFilters(["initiative_id": id.uuidString])
        let changes = try await scope.store(InitiativeChangeRecord.self).all(filters: byInitiative)
        let settings = try await NurtureSettingsStore.settings(scope.id, on: scope.db)
        let measured = try await measuredEffect(item)
        let notes = try await ClosingNoteRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$initiativeID == id).all()
        return InitiativeDetail(
            initiative: item, changes: changes,
            needs: try await scope.store(CapabilityNeedRecord.self).all(filters: byInitiative),
            history: try await moves(id),
            confirmedItems: try await FrictionLinkCounts.confirmedItems(scope.id, frictionIDs: item.frictionIDs, on: scope.db),
            effect: measured.effect, effectTouchpoints: measured.touchpoints.count, settings: settings,
            fatigueForecast: item.status == .inProgress ? try await fatigueForecast(changes, settings: settings) : [],
            closingNotes: notes.map { ClosingNote(customerID: $0.customerID, status: $0.status, sharedOn: $0.sharedOn) },
            canMove: scope.access.allows(.update, .initiatives, owningTeams: try await owningTeams(item.content)))
    }
}

import Domain
import FluentKit
import Foundation

/// Where an investment's changes and initiatives land: the teams and touchpoints they reach, and what they do to the
/// counts behind the index (acknowledgements still owed, handoffs given an owner, initiatives still to finish).
struct InvestmentReach {
    var teams = Set<UUID>()
    var touchpoints = Set<UUID>()
    var effects = InvestmentProjection.Effects()

    static func read(changes: [Stored<PlannedChange>], initiatives: [Stored<Initiative>], _ scope: OrgScope) async throws -> InvestmentReach {
        var reach = InvestmentReach()
        for change in changes where change.status != .cancelled {
            let report = try await PlannedChanges(scope).impact(of: change.id)
            reach.teams.formUnion(report.impact.teams.map(\.id))
            reach.touchpoints.formUnion(report.impact.touchpoints.map(\.id))
            if change.status == .planned { reach.effects.acknowledgementsOutstanding += report.unacknowledged.count }
        }
        for initiative in initiatives {
            if let team = initiative.ownerTeamID { reach.teams.insert(team) }
            reach.touchpoints.formUnion(try await InitiativeInsights.touchpoints(of: initiative.content, id: initiative.id,
                                                                                organizationID: scope.id, on: scope.db))
            if ![.done, .verified].contains(initiative.status) { reach.effects.initiativesUnfinished += 1 }
            if initiative.status != .verified { reach.effects.initiativesUnverified += 1 }
        }
        reach.effects.handoffsGivenOwner = try await handoffsGivenOwner(initiatives.map(\.id), scope)
        return reach
    }

    /// Handoffs nobody answers for today that an unapplied change of these initiatives gives an accountable team or person.
    private static func handoffsGivenOwner(_ initiatives: [UUID], _ scope: OrgScope) async throws -> Int {
        guard !initiatives.isEmpty else { return 0 }
        let changes = try await InitiativeChangeRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$initiativeID ~~ initiatives).all().map(\.content)
            .filter { $0.appliedOn == nil && ($0.newAccountableTeamID != nil || $0.newAccountablePersonID != nil) }
        let handoffs = Set(changes.compactMap(\.target.handoffID))
        guard !handoffs.isEmpty else { return 0 }
        return try await HandoffRecord.query(on: scope.db).filter(\.$id ~~ handoffs).filter(\.$accountableTeamID == nil)
            .filter(\.$accountablePersonID == nil).count()
    }
}

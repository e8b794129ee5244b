import Domain
import FluentKit
import Foundation

/// Journey maps in one organization: the map with its backstage and customer heat, and the order
/// of stages and touchpoints.
public struct JourneyMaps: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// The journey's map; not found for another organization's journey.
    public func map(_ journeyID: UUID) async throws -> JourneyMap {
        guard let map = try await JourneyMapQuery.load(journeyID: journeyID, organizationID: scope.id, on: scope.db) else { throw NotFound() }
        return map
    }

    /// What customers confirmed and said about each touchpoint of the journey.
    public func heat(_ map: JourneyMap) async throws -> HeatOverlay {
        try await CustomerHeatQuery.load(journeyID: map.journey.id, organizationID: scope.id, on: scope.db)
    }

    /// Moves a stage one place; returns its journey and the stages' ids in their new order.
    public func move(stage id: UUID, _ direction: String?) async throws -> (journeyID: UUID, order: [UUID]) {
        guard let stage = try await scope.store(StageRecord.self).find(id) else { throw NotFound() }
        try scope.authorize(.update, .stages)
        let before = stage.position
        let order = try await Reordering.move(stage: stage, try Self.direction(direction), on: scope.db)
        try await logMove("stages", stage.stored, before: before, after: order.firstIndex(of: id) ?? before)
        return (stage.journeyID, order)
    }

    /// Moves a touchpoint one place within its stage; returns its journey and the touchpoints' ids in their new order.
    public func move(touchpoint id: UUID, _ direction: String?) async throws -> (journeyID: UUID, order: [UUID]) {
        guard let touchpoint = try await scope.store(TouchpointRecord.self).find(id) else { throw NotFound() }
        try scope.authorize(.update, .touchpoints, owningTeams: [touchpoint.owningTeamID])
        let before = touchpoint.position
        let order = try await Reordering.move(touchpoint: touchpoint, try Self.direction(direction), on: scope.db)
        try await logMove("touchpoints", touchpoint.stored, before: before, after: order.firstIndex(of: id) ?? before)
        return (touchpoint.journeyID, order)
    }

    static func direction(_ value: String?) throws -> Reordering.Direction {
        guard let value, let direction = Reordering.Direction(rawValue: value) else {
            throw ValidationFailure(field: "direction", message: "Direction must be up or down.")
        }
        return direction
    }

    /// Records a move in the audit log as a change of position (counted from 1, as people do).
    private func logMove<C: RecordContent>(_ kind: String, _ item: Stored<C>, before: Int, after: Int) async throws {
        guard before != after else { return }
        var old = item.content.formInput, new = old
        old["position"] = String(before + 1)
        new["position"] = String(after + 1)
        try await scope.audit(.update, kind, id: item.id, before: old, after: new)
    }
}

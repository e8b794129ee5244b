import Domain
import FluentKit
import Foundation

/// Reads the part of an organization's journeys a planned change is traced through: touchpoints and their owners,
/// the processes, policies and systems behind them, handoffs and teams. Only these records, never feedback.
enum JourneyGraphLoader {
    static func load(_ scope: OrgScope) async throws -> JourneyGraph {
        let touchpoints = try await scope.store(TouchpointRecord.self).all()
        let processes = try await scope.store(ProcessRecord.self).all()
        let systems = try await scope.store(SystemRecord.self).all()
        let handoffs = try await scope.store(HandoffRecord.self).all()
        let teams = try await scope.store(TeamRecord.self).all()
        return JourneyGraph(
            touchpoints: Dictionary(touchpoints.map { ($0.id, .init(owningTeamID: $0.owningTeamID)) }, uniquingKeysWith: { a, _ in a }),
            processes: Dictionary(processes.map { ($0.id, .init(ownerTeamID: $0.ownerTeamID, touchpointIDs: $0.touchpointIDs)) }, uniquingKeysWith: { a, _ in a }),
            systems: Dictionary(systems.map { ($0.id, .init(ownerTeamID: $0.ownerTeamID, touchpointIDs: $0.touchpointIDs)) }, uniquingKeysWith: { a, _ in a }),
            handoffs: Dictionary(handoffs.map {
                ($0.id, .init(from: $0.fromTouchpointID, to: $0.toTouchpointID, accountableTeamID: $0.accountableTeamID,
                              accountablePersonID: $0.accountablePersonID))
            }, uniquingKeysWith: { a, _ in a }),
            teams: Set(teams.map(\.id)))
    }
}

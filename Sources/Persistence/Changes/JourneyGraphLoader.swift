import Domain
import FluentKit
import Foundation

/// Reads the part of an organization's journeys a planned change is traced through, starting from what it alters: the
/// processes, policies and systems it names and the touchpoints behind them, the touchpoints it names, the handoffs into
/// and out of all of those, and the teams any of them name. Indexed reads of that neighbourhood only, so tracing a change
/// costs the same in an organization of ten thousand touchpoints as in one of fifty.
enum JourneyGraphLoader {
    static func load(around subjects: [ChangeSubject], _ scope: OrgScope) async throws -> JourneyGraph {
        func ids(_ pick: (ChangeSubject) -> UUID?) -> Set<UUID> { Set(subjects.compactMap(pick)) }
        let processes = try await scope.store(ProcessRecord.self).some(ids { if case .process(let id) = $0 { id } else { nil } })
        let systems = try await scope.store(SystemRecord.self).some(ids { if case .system(let id) = $0 { id } else { nil } })
        let named = ids { if case .touchpoint(let id) = $0 { id } else { nil } }
        let reached = named.union(processes.flatMap(\.touchpointIDs)).union(systems.flatMap(\.touchpointIDs))
        let touchpoints = try await scope.store(TouchpointRecord.self).some(reached)
        let handoffs = try await handoffs(touching: Set(touchpoints.map(\.id)),
                                          named: ids { if case .handoff(let id) = $0 { id } else { nil } }, scope)
        let teamIDs = ids { if case .team(let id) = $0 { id } else { nil } }
            .union(touchpoints.map(\.owningTeamID)).union((processes.map(\.ownerTeamID) + systems.map(\.ownerTeamID)).compactMap { $0 })
            .union(handoffs.compactMap(\.accountableTeamID))
        let teams = try await scope.store(TeamRecord.self).some(teamIDs)
        return graph(touchpoints, processes, systems, handoffs, teams)
    }

    /// Handoffs named by the change, and every handoff into or out of the touchpoints reached, read through their indexes.
    private static func handoffs(touching touchpoints: Set<UUID>, named: Set<UUID>, _ scope: OrgScope) async throws -> [Stored<Handoff>] {
        var found = try await scope.store(HandoffRecord.self).some(named)
        let all = Array(touchpoints)
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(start + 500, all.count)])
            for column in [\HandoffRecord.$fromTouchpointID, \HandoffRecord.$toTouchpointID] {
                let records = try await HandoffRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(column ~~ chunk).all()
                found += records.map(\.stored)
            }
        }
        var seen: Set<UUID> = []
        return found.filter { seen.insert($0.id).inserted }
    }

    private static func graph(_ touchpoints: [Stored<Touchpoint>], _ processes: [Stored<ProcessPolicy>], _ systems: [Stored<BusinessSystem>],
                              _ handoffs: [Stored<Handoff>], _ teams: [Stored<Team>]) -> JourneyGraph {
        JourneyGraph(
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

import Domain
import Foundation

/// What must hold for frictions beyond their own parsing: references, owning teams, validation, deletion.
public enum FrictionRules: RecordRules {
    public typealias Record = FrictionRecord
    public static let kind = RecordKind.frictions

    /// The teams behind what the friction is attached to.
    public static func owningTeams(_ content: FrictionPoint, _ scope: OrgScope) async throws -> Set<UUID> {
        switch content.target {
        case .touchpoint(let id):
            return Set([try await scope.store(TouchpointRecord.self).find(id)?.owningTeamID].compactMap { $0 })
        case .handoff(let id):
            guard let handoff = try await scope.store(HandoffRecord.self).find(id) else { return [] }
            return try await HandoffRules.owningTeams(handoff.content, scope)
        case .process(let id):
            return Set([try await scope.store(ProcessRecord.self).find(id)?.content.ownerTeamID].compactMap { $0 })
        }
    }

    public static func references(_ content: FrictionPoint) -> [Reference] {
        let target = switch content.target {
        case .touchpoint(let id): Reference(field: "target", label: "Attached to", kind: .touchpoints, id: id)
        case .handoff(let id): Reference(field: "target", label: "Attached to", kind: .handoffs, id: id)
        case .process(let id): Reference(field: "target", label: "Attached to", kind: .processes, id: id)
        }
        return [target] + (content.walkID.map { [Reference(field: "walk_id", label: "Found on walk", kind: .walks, id: $0)] } ?? [])
    }
}

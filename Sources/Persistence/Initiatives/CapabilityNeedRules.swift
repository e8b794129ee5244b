import Domain
import Foundation

/// What must hold for capability needs beyond their own parsing: references, owning teams, validation, deletion.
public enum CapabilityNeedRules: RecordRules {
    public typealias Record = CapabilityNeedRecord
    public static let kind = RecordKind.capabilityNeeds

    /// The team that needs it, and the initiative's owners.
    public static func owningTeams(_ content: CapabilityNeed, _ scope: OrgScope) async throws -> Set<UUID> {
        var teams = Set([content.teamID].compactMap { $0 })
        if let initiative = try await scope.store(InitiativeRecord.self).find(content.initiativeID) {
            teams.formUnion(try await InitiativeRules.owningTeams(initiative.content, scope))
        }
        return teams
    }

    public static func references(_ content: CapabilityNeed) -> [Reference] {
        [Reference(field: "initiative_id", label: "Initiative", kind: .initiatives, id: content.initiativeID)]
            + [content.teamID.map { Reference(field: "team_id", label: "Team", kind: .teams, id: $0) }].compactMap { $0 }
    }
}

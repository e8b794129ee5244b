import Domain
import Foundation

/// What must hold for processes beyond their own parsing: references, owning teams, validation, deletion.
public enum ProcessRules: RecordRules {
    public typealias Record = ProcessRecord
    public static let kind = RecordKind.processes

    public static func owningTeams(_ content: ProcessPolicy, _ scope: OrgScope) async throws -> Set<UUID> {
        Set([content.ownerTeamID].compactMap { $0 })
    }

    public static func references(_ content: ProcessPolicy) -> [Reference] {
        (content.ownerTeamID.map { [Reference(field: "owner_team_id", label: "Owner team", kind: .teams, id: $0)] } ?? [])
            + content.touchpointIDs.map { Reference(field: "touchpoint_ids", label: "A chosen touchpoint", kind: .touchpoints, id: $0) }
    }

    public static func deletionConsequences(_ record: ProcessRecord, _ scope: OrgScope) async throws -> [String] {
        ["It is unlinked from its touchpoints.", "Friction points recorded on it are deleted too."]
    }
}

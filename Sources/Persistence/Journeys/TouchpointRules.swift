import Domain
import Foundation

/// What must hold for touchpoints beyond their own parsing: references, owning teams, validation, deletion.
public enum TouchpointRules: RecordRules {
    public typealias Record = TouchpointRecord
    public static let kind = RecordKind.touchpoints

    public static func owningTeams(_ content: Touchpoint, _ scope: OrgScope) async throws -> Set<UUID> { [content.owningTeamID] }

    public static func references(_ content: Touchpoint) -> [Reference] {
        [Reference(field: "stage_id", label: "Stage", kind: .stages, id: content.stageID),
         Reference(field: "owning_team_id", label: "Owning team", kind: .teams, id: content.owningTeamID)]
    }

    public static func deletionConsequences(_ record: TouchpointRecord, _ scope: OrgScope) async throws -> [String] {
        let id = record.stored.id.uuidString
        let frictions = try await scope.store(FrictionRecord.self).all(filters: ListFilters(["touchpoint_id": id])).count
        return ["Handoffs into and out of it are deleted.", "\(counted(frictions, "friction point")) recorded on it are deleted.",
                "Processes and policies are unlinked from it but kept."]
    }
}

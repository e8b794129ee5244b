import Domain
import Foundation

/// What must hold for handoffs beyond their own parsing: references, owning teams, validation, deletion.
public enum HandoffRules: RecordRules {
    public typealias Record = HandoffRecord
    public static let kind = RecordKind.handoffs

    /// The accountable team and the teams owning both ends.
    public static func owningTeams(_ content: Handoff, _ scope: OrgScope) async throws -> Set<UUID> {
        var teams = Set([content.accountableTeamID].compactMap { $0 })
        for id in [content.fromTouchpointID, content.toTouchpointID] {
            if let touchpoint = try await scope.store(TouchpointRecord.self).find(id) { teams.insert(touchpoint.owningTeamID) }
        }
        return teams
    }

    public static func references(_ content: Handoff) -> [Reference] {
        [Reference(field: "from_touchpoint_id", label: "From touchpoint", kind: .touchpoints, id: content.fromTouchpointID),
         Reference(field: "to_touchpoint_id", label: "To touchpoint", kind: .touchpoints, id: content.toTouchpointID)]
            + (content.accountableTeamID.map { [Reference(field: "accountable_team_id", label: "Accountable team", kind: .teams, id: $0)] } ?? [])
            + (content.accountablePersonID.map { [Reference(field: "accountable_person_id", label: "Accountable person", kind: .people, id: $0)] } ?? [])
    }

    public static func deletionConsequences(_ record: HandoffRecord, _ scope: OrgScope) async throws -> [String] {
        ["Friction points recorded on this handoff are deleted too."]
    }
}

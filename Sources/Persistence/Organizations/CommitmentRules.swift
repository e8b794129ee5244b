import Domain
import Foundation

/// What must hold for charter commitments: everything they name exists here, and they belong to their team.
public enum CommitmentRules: RecordRules {
    public typealias Record = CommitmentRecord
    public static let kind = RecordKind.commitments

    public static func owningTeams(_ content: CharterCommitment, _ scope: OrgScope) async throws -> Set<UUID> { [content.teamID] }

    public static func references(_ content: CharterCommitment) -> [Reference] {
        [Reference(field: "team_id", label: "Team", kind: .teams, id: content.teamID)]
            + content.goalIDs.map { Reference(field: "goal_ids", label: "A chosen goal", kind: .goals, id: $0) }
            + content.touchpointIDs.map { Reference(field: "touchpoint_ids", label: "A chosen touchpoint", kind: .touchpoints, id: $0) }
            + content.handoffIDs.map { Reference(field: "handoff_ids", label: "A chosen handoff", kind: .handoffs, id: $0) }
            + content.processIDs.map { Reference(field: "process_ids", label: "A chosen process", kind: .processes, id: $0) }
            + (content.kpiID.map { [Reference(field: "kpi_id", label: "The KPI", kind: .kpis, id: $0)] } ?? [])
    }

    /// Each change to a commitment is a new version of its team's charter.
    public static func didSave(_ item: Stored<CharterCommitment>, isNew: Bool, _ scope: OrgScope) async throws {
        try await TeamCharters(scope: scope).noteChange(item.content.teamID, (isNew ? "Added “" : "Changed “") + item.content.text + "”")
    }

    public static func didDelete(_ item: Stored<CharterCommitment>, _ scope: OrgScope) async throws {
        try await TeamCharters(scope: scope).noteChange(item.content.teamID, "Removed “" + item.content.text + "”")
    }
}

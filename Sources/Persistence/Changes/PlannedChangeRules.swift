import Domain
import FluentKit
import Foundation

/// A planned change's owner team, initiative and everything it alters exist here; its status moves only by launching or
/// cancelling it (`PlannedChanges`), so a form or an API call cannot skip the question launching asks.
public enum PlannedChangeRules: RecordRules {
    public typealias Record = PlannedChangeRecord
    public static let kind = RecordKind.changes

    public static func owningTeams(_ content: PlannedChange, _ scope: OrgScope) async throws -> Set<UUID> {
        Set([content.ownerTeamID].compactMap { $0 })
    }

    public static func references(_ content: PlannedChange) -> [Reference] {
        var references: [Reference] = []
        if let team = content.ownerTeamID { references.append(Reference(field: "owner_team_id", label: "Owner team", kind: .teams, id: team)) }
        if let initiative = content.initiativeID {
            references.append(Reference(field: "initiative_id", label: "Initiative", kind: .initiatives, id: initiative))
        }
        return references + content.alters.map { Reference(field: "alters", label: "A " + $0.kind + " it alters", kind: recordKind(of: $0), id: $0.id) }
    }

    /// The kind of record a change subject names, for its references and links.
    public static func recordKind(of subject: ChangeSubject) -> RecordKind {
        switch subject {
        case .process: .processes
        case .handoff: .handoffs
        case .touchpoint: .touchpoints
        case .system: .systems
        case .team: .teams
        }
    }

    public static func validate(_ content: PlannedChange, existing: PlannedChangeRecord?, _ scope: OrgScope) async throws {
        let current = existing.map { PlannedChangeStatus(rawValue: $0.status) ?? .planned } ?? .planned
        guard content.status == current else {
            throw ValidationFailure(field: "status", message: "Status is \(current.label.lowercased()); a change is launched or cancelled "
                + "with its own action, which asks for a reason while some it touches have not acknowledged it.")
        }
        if current != .planned {
            throw ValidationFailure(field: "title", message: "This change is \(current.label.lowercased()); it is history now and cannot be edited.")
        }
    }

    /// A new change asks everyone it touches to acknowledge it, through the job queue.
    public static func didSave(_ item: Stored<PlannedChange>, isNew: Bool, _ scope: OrgScope) async throws {
        guard isNew, item.status == .planned else { return }
        try await ChangeRequests.enqueueRequest(item.id, organizationID: scope.id, now: Date(), on: scope.db)
    }

    public static func deletionConsequences(_ record: PlannedChangeRecord, _ scope: OrgScope) async throws -> [String] {
        let acknowledgements = try await ChangeAcknowledgementRecord.query(on: scope.db).filter(\.$change.$id == record.requireID()).count()
        return ["It no longer counts in any team's change load."]
            + (acknowledgements == 0 ? [] : ["Its \(counted(acknowledgements, "acknowledgement")) are deleted too."])
    }
}

struct CreatePlannedChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("planned_changes").organizationOwned()
            .field("title", .string, .required).field("kind", .string, .required).field("description", .string, .required)
            .field("today", .string, .required).field("tomorrow", .string, .required)
            .field("starts", .string, .required).field("ends", .string)
            .field("owner_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("initiative_id", .uuid, .references("initiatives", "id", onDelete: .setNull))
            .field("status", .string, .required).field("launched_on", .string).field("launch_reason", .string, .required)
            .timestamps().create()
        try await createIndexes("planned_changes", [["organization_id", "starts"], ["owner_team_id"], ["initiative_id"]], on: database)
        try await database.schema("planned_change_subjects").id()
            .field("change_id", .uuid, .required, .references("planned_changes", "id", onDelete: .cascade))
            .field("kind", .string, .required).field("subject_id", .uuid, .required).field("position", .int, .required)
            .unique(on: "change_id", "kind", "subject_id").create()
        try await createIndexes("planned_change_subjects", [["kind", "subject_id"]], on: database)
        try await database.schema("change_acknowledgements").organizationOwned()
            .field("change_id", .uuid, .required, .references("planned_changes", "id", onDelete: .cascade))
            .field("team_id", .uuid, .references("teams", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id", onDelete: .cascade))
            .field("party", .string, .required)
            .field("user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("acknowledged_by", .string, .required)
            .field("acknowledged_at", .datetime, .required)
            .unique(on: "change_id", "party").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("change_acknowledgements").delete()
        try await database.schema("planned_change_subjects").delete()
        try await database.schema("planned_changes").delete()
    }
}

import Domain
import Foundation

/// What must hold for initiatives beyond their own parsing: references, owning teams, validation, deletion.
public enum InitiativeRules: RecordRules {
    public typealias Record = InitiativeRecord
    public static let kind = RecordKind.initiatives

    /// The owner team, and the team of the owner person.
    public static func owningTeams(_ content: Initiative, _ scope: OrgScope) async throws -> Set<UUID> {
        try await Initiatives(scope).owningTeams(content)
    }

    public static func references(_ content: Initiative) -> [Reference] {
        [content.ownerTeamID.map { Reference(field: "owner_team_id", label: "Owner team", kind: .teams, id: $0) },
         content.ownerPersonID.map { Reference(field: "owner_person_id", label: "Owner person", kind: .people, id: $0) }].compactMap { $0 }
            + content.frictionIDs.map { Reference(field: "friction_ids", label: "A chosen friction", kind: .frictions, id: $0) }
    }

    /// Done initiatives changed processes; deleting one would leave history without its reason.
    public static func deletionBlocker(_ record: InitiativeRecord, _ scope: OrgScope) async throws -> String? {
        [.done, .verified].contains(record.content.status)
            ? "This initiative is \(record.content.status.label.lowercased()): its changes are part of the processes' history. It stays as the record of why they changed."
            : nil
    }

    public static func deletionConsequences(_ record: InitiativeRecord, _ scope: OrgScope) async throws -> [String] {
        let id = record.id!.uuidString
        let changes = try await scope.store(InitiativeChangeRecord.self).all(filters: ListFilters(["initiative_id": id])).count
        let needs = try await scope.store(CapabilityNeedRecord.self).all(filters: ListFilters(["initiative_id": id])).count
        return ["Its \(counted(changes, "planned change")) and \(counted(needs, "capability need")) are deleted too.",
                "The frictions it addressed stay as they are."]
    }
}

import Domain
import Foundation

/// What must hold for planned changes beyond their own parsing: references, owning teams, validation, deletion.
public enum InitiativeChangeRules: RecordRules {
    public typealias Record = InitiativeChangeRecord
    public static let kind = RecordKind.initiativeChanges

    /// The initiative's owning teams: whoever owns the initiative plans its changes.
    public static func owningTeams(_ content: InitiativeChange, _ scope: OrgScope) async throws -> Set<UUID> {
        guard let initiative = try await scope.store(InitiativeRecord.self).find(content.initiativeID) else { return [] }
        return try await InitiativeRules.owningTeams(initiative.content, scope)
    }

    public static func references(_ content: InitiativeChange) -> [Reference] {
        var references = [Reference(field: "initiative_id", label: "Initiative", kind: .initiatives, id: content.initiativeID)]
        switch content.target {
        case .process(let id): references.append(Reference(field: "target", label: "What changes", kind: .processes, id: id))
        case .handoff(let id): references.append(Reference(field: "target", label: "What changes", kind: .handoffs, id: id))
        }
        if let team = content.newAccountableTeamID { references.append(Reference(field: "new_accountable_team_id", label: "New accountable team", kind: .teams, id: team)) }
        if let person = content.newAccountablePersonID {
            references.append(Reference(field: "new_accountable_person_id", label: "New accountable person", kind: .people, id: person))
        }
        return references
    }

    /// An applied change is history; a change cannot join an initiative that is already done.
    public static func validate(_ content: InitiativeChange, existing: InitiativeChangeRecord?, _ scope: OrgScope) async throws {
        if existing?.content.appliedOn != nil {
            throw ValidationFailure(field: "tomorrow", message: "This change was applied when its initiative was done; it is history now and cannot be edited.")
        }
        if let initiative = try await scope.store(InitiativeRecord.self).find(content.initiativeID)?.content, [.done, .verified].contains(initiative.status) {
            throw ValidationFailure(field: "initiative_id", message: "“\(initiative.title)” is already \(initiative.status.label.lowercased()); plan the change in a new initiative.")
        }
    }

    public static func deletionBlocker(_ record: InitiativeChangeRecord, _ scope: OrgScope) async throws -> String? {
        record.content.appliedOn == nil ? nil : "This change was applied on \(record.content.appliedOn!); it stays as part of the record's history."
    }
}

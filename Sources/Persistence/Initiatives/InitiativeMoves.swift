import Domain
import FluentKit
import Foundation

/// Moves an initiative's status and carries out what the move sets off, all in one transaction: a done
/// initiative's changes are applied (history kept) and its frictions addressed; a verified one queues
/// "here is what we changed" notes for the customers whose feedback it answered.
public enum InitiativeMoves {
    /// A record the move changed, with its values before and after, for the audit log.
    public struct Changed: Sendable {
        public let kind: String
        public let id: UUID
        public let before: FormInput
        public let after: FormInput
    }

    public struct Outcome: Sendable {
        public let initiative: Stored<Initiative>
        public let changed: [Changed]
        public let appliedChanges: Int
        public let addressedFrictions: Int
        public let queuedNotes: Int
    }

    public static func move(_ initiativeID: UUID, organizationID: UUID, to target: InitiativeStatus, reason: String, by actor: Actor,
                            today: CalendarDate, on db: any Database) async throws -> Outcome {
        try await WriteGate.transaction(db) { tx in
            let initiatives = RecordStore<InitiativeRecord>(db: tx, organizationID: organizationID)
            guard let record = try await initiatives.find(initiativeID) else { throw ValidationFailure(field: "initiative", message: "No such initiative.") }
            let current = record.content
            let open = try await CapabilityNeedRecord.openCount(initiativeID: initiativeID, on: tx)
            let effects: [InitiativeWorkflow.Effect]
            do {
                effects = try InitiativeWorkflow.move(from: current.status, to: target, openCapabilityNeeds: open, reason: reason)
            } catch let refusal as InitiativeWorkflow.Refusal { throw ValidationFailure(field: refusal.field, message: refusal.message) }
            let note = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            record.status = target.rawValue
            if target == .done { record.doneOn = today.description }
            if target == .verified { record.verifiedOn = today.description }
            try await record.update(on: tx)
            try await InitiativeStatusChangeRecord(organizationID: organizationID, initiativeID: initiativeID, from: current.status, to: target,
                                                   by: actor, note: note).create(on: tx)
            var changed: [Changed] = []
            var applied = 0, addressed = 0, queued = 0
            if effects.contains(.applyChanges) {
                (applied, changed) = try await applyChanges(of: initiativeID, organizationID: organizationID, today: today, by: actor, on: tx)
                let addressedChanges = try await addressFrictions(current.frictionIDs, organizationID: organizationID, on: tx)
                addressed = addressedChanges.count
                changed += addressedChanges
            }
            if effects.contains(.queueClosingNotes) {
                queued = try await ClosingNotes.queue(for: initiativeID, frictionIDs: current.frictionIDs, themes: current.themes,
                                                      organizationID: organizationID, on: tx)
            }
            let stored = try await initiatives.find(initiativeID)!.stored
            return Outcome(initiative: stored, changed: changed, appliedChanges: applied, addressedFrictions: addressed, queuedNotes: queued)
        }
    }

    /// Applies every change of the initiative not yet applied, keeping each field's value before and after.
    static func applyChanges(of initiativeID: UUID, organizationID: UUID, today: CalendarDate, by actor: Actor,
                             on db: any Database) async throws -> (Int, [Changed]) {
        let changes = try await InitiativeChangeRecord.query(on: db).filter(\.$organizationID == organizationID)
            .filter(\.$initiativeID == initiativeID).filter(\.$appliedOn == nil).sort(\.$createdAt).all()
        var changed: [Changed] = []
        for change in changes {
            let revisions = Revisions(db: db, organizationID: organizationID, initiativeID: initiativeID, changeID: change.id!, today: today, actor: actor)
            let done: Changed? = switch change.content.target {
            case .process(let id): try await applyToProcess(id, change, revisions)
            case .handoff(let id): try await applyToHandoff(id, change, revisions)
            }
            // A target deleted since the change was planned leaves the change unapplied.
            guard let done else { continue }
            changed.append(done)
            change.appliedOn = today.description
            try await change.update(on: db)
        }
        return (changes.count, changed)
    }

    /// The process's description becomes the change's "tomorrow".
    private static func applyToProcess(_ id: UUID, _ change: InitiativeChangeRecord, _ revisions: Revisions) async throws -> Changed? {
        let store = RecordStore<ProcessRecord>(db: revisions.db, organizationID: revisions.organizationID)
        guard let process = try await store.find(id) else { return nil }
        var updated = process.content
        let before = updated
        if change.today.isEmpty { change.today = before.description }
        updated.description = change.content.tomorrow
        try await revisions.keep("processes", id, "description", before.description, updated.description)
        _ = try await store.update(process, with: updated)
        return Changed(kind: "processes", id: id, before: before.formInput, after: updated.formInput)
    }

    /// The handoff's information becomes the change's "tomorrow", and its accountable owner the new one, if any.
    private static func applyToHandoff(_ id: UUID, _ change: InitiativeChangeRecord, _ revisions: Revisions) async throws -> Changed? {
        let store = RecordStore<HandoffRecord>(db: revisions.db, organizationID: revisions.organizationID)
        guard let handoff = try await store.find(id) else { return nil }
        let content = change.content
        var updated = handoff.content
        let before = updated
        if change.today.isEmpty { change.today = before.information }
        updated.information = content.tomorrow
        if content.changesOwner {
            updated.accountableTeamID = content.newAccountableTeamID
            updated.accountablePersonID = content.newAccountablePersonID
        }
        try await revisions.keep("handoffs", id, "information", before.information, updated.information)
        try await revisions.keep("handoffs", id, "accountable_team_id", before.accountableTeamID?.uuidString ?? "", updated.accountableTeamID?.uuidString ?? "")
        try await revisions.keep("handoffs", id, "accountable_person_id", before.accountablePersonID?.uuidString ?? "",
                                 updated.accountablePersonID?.uuidString ?? "")
        _ = try await store.update(handoff, with: updated)
        return Changed(kind: "handoffs", id: id, before: before.formInput, after: updated.formInput)
    }

    /// Keeps a field's value before and after one change was applied, in the record's history.
    private struct Revisions {
        let db: any Database
        let organizationID: UUID, initiativeID: UUID, changeID: UUID
        let today: CalendarDate
        let actor: Actor

        func keep(_ kind: String, _ id: UUID, _ field: String, _ before: String, _ after: String) async throws {
            guard before != after else { return }
            try await RecordRevisionRecord(organizationID: organizationID, kind: kind, recordID: id, initiativeID: initiativeID,
                                           changeID: changeID, field: field, before: before, after: after, on: today, by: actor).create(on: db)
        }
    }

    /// Open frictions the initiative addressed become "addressed".
    static func addressFrictions(_ ids: [UUID], organizationID: UUID, on db: any Database) async throws -> [Changed] {
        let store = RecordStore<FrictionRecord>(db: db, organizationID: organizationID)
        var changed: [Changed] = []
        for id in ids {
            guard let friction = try await store.find(id), friction.content.status == .open else { continue }
            var updated = friction.content
            let before = updated.formInput
            updated.status = .addressed
            _ = try await store.update(friction, with: updated)
            changed.append(Changed(kind: "frictions", id: id, before: before, after: updated.formInput))
        }
        return changed
    }
}

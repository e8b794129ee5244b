import Domain
import FluentKit
import Foundation

extension PlannedChanges {
    /// Records that `party` has seen the change, with one click. Team leads acknowledge for the teams they lead, anyone for
    /// themselves as a person named on a handoff, administrators and CX leads for anyone. Acknowledging again changes nothing.
    public func acknowledge(_ id: UUID, party value: String?, now: Date = Date()) async throws {
        guard scope.access.role != .viewer else { throw Forbidden("Viewers read everything and change nothing, acknowledgements included.") }
        let report = try await impact(of: id)
        let party = try Self.party(value)
        guard report.change.status != .cancelled else { throw Conflict("This change was cancelled; there is nothing to acknowledge.") }
        guard report.parties.contains(where: { $0.party == party }) else {
            throw ValidationFailure(field: "party", message: "This change does not touch that team or person, so they have nothing to acknowledge.")
        }
        try await authorizeAcknowledging(party)
        let exists = try await ChangeAcknowledgementRecord.query(on: scope.db).filter(\.$change.$id == id)
            .filter(\.$party == party.formValue).first() != nil
        guard !exists else { return }
        let scope = self.scope
        try await WriteGate.transaction(scope.db) { tx in
            try await ChangeAcknowledgementRecord(organizationID: scope.id, changeID: id, party: party, by: scope.actor, at: now).create(on: tx)
            try await OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access)
                .audit(.create, "change-acknowledgements", id: id, before: nil,
                       after: FormInput.from([("title", report.change.title), ("party", party.formValue)]))
        }
    }

    static func party(_ value: String?) throws -> ChangeParty {
        guard let value else { throw ValidationFailure(field: "party", message: "Party is required: team:ID or person:ID.") }
        guard let party = ChangeParty(formValue: value) else {
            throw ValidationFailure(field: "party", message: "Party holds \"\(value)\", which is not team:ID or person:ID.")
        }
        return party
    }

    private func authorizeAcknowledging(_ party: ChangeParty) async throws {
        switch (scope.access.role, party) {
        case (.admin, _), (.cxLead, _): return
        case (.teamLead, .team(let team)) where scope.access.ledTeams.contains(team): return
        case (_, .person(let person)):
            var email: String?
            if let user = scope.actor.userID { email = try await UserRecord.find(user, on: scope.db)?.email }
            let named = try await scope.store(PersonRecord.self).find(person)?.email
            if let email, let named, !named.isEmpty, named.lowercased() == email.lowercased() { return }
        default: break
        }
        throw Forbidden("A team's leads acknowledge a change for their team, a person for themselves; administrators and CX leads may record it for anyone.")
    }

    /// Launches the change. While some it touches have not acknowledged it, a reason is required and kept with it.
    public func launch(_ id: UUID, reason: String, today: CalendarDate = .today) async throws -> Stored<PlannedChange> {
        let report = try await impact(of: id)
        try await authorizeMove(report.change)
        guard report.change.status == .planned else { throw Conflict("This change is already \(report.change.status.label.lowercased()).") }
        let missing = report.unacknowledged.count
        if missing > 0 && reason.allSatisfy(\.isWhitespace) {
            throw ValidationFailure(field: "reason", message: "\(counted(missing, "team or person", "teams or people")) it touches "
                + "\(missing == 1 ? "has" : "have") not acknowledged it yet. Say why it launches anyway.")
        }
        return try await move(report.change, to: .launched, reason: reason, today: today)
    }

    /// Cancels a planned change; it stays, marked cancelled, and no longer counts in any team's change load.
    public func cancel(_ id: UUID) async throws -> Stored<PlannedChange> {
        let change = try await find(id)
        try await authorizeMove(change)
        guard change.status == .planned else { throw Conflict("This change is already \(change.status.label.lowercased()).") }
        return try await move(change, to: .cancelled, reason: "", today: .today)
    }

    private func authorizeMove(_ change: Stored<PlannedChange>) async throws {
        try scope.authorize(.update, .changes, owningTeams: Set([change.ownerTeamID].compactMap { $0 }))
    }

    private func move(_ change: Stored<PlannedChange>, to status: PlannedChangeStatus, reason: String, today: CalendarDate)
        async throws -> Stored<PlannedChange> {
        let scope = self.scope
        return try await WriteGate.transaction(scope.db) { tx in
            let store = RecordStore<PlannedChangeRecord>(db: tx, organizationID: scope.id)
            // Conditional, so that of two instances launching and cancelling at once only one moves it.
            try await PlannedChangeRecord.query(on: tx).filter(\.$id == change.id).filter(\.$status == PlannedChangeStatus.planned.rawValue)
                .set(\.$status, to: status.rawValue).set(\.$launchedOn, to: status == .launched ? today.description : nil)
                .set(\.$launchReason, to: reason).set(\.$updatedAt, to: Date()).update()
            guard let record = try await store.find(change.id), record.status == status.rawValue else {
                throw Conflict("This change was moved by someone else meanwhile; reload it.")
            }
            let before = change.content.formInput
            var after = record.content.formInput
            if status == .launched { after.fields["launch_reason"] = [reason] }
            try await OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access)
                .audit(.update, RecordKind.changes.rawValue, id: change.id, before: before, after: after)
            return try await store.find(change.id)!.stored
        }
    }
}

import Domain
import FluentKit
import Foundation

/// One step of an initiative's history: who moved it from which status to which, when and why.
public struct InitiativeMove: Sendable, Equatable {
    public let from: InitiativeStatus
    public let to: InitiativeStatus
    public let by: String
    public let at: Date
    public let note: String
}

/// Initiatives in one organization: moving them along their workflow, their history, and what
/// they did to the customers' scores. The page, the API and `align initiatives` all call these.
public struct Initiatives: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// The initiative with this id in this organization.
    public func find(_ id: UUID) async throws -> Stored<Initiative> {
        guard let record = try await scope.store(InitiativeRecord.self).find(id) else { throw NotFound() }
        return record.stored
    }

    /// The owner team, and the team of the owner person: whose team leads may change it.
    public func owningTeams(_ content: Initiative) async throws -> Set<UUID> {
        var teams = Set([content.ownerTeamID].compactMap { $0 })
        if let person = content.ownerPersonID, let team = try await scope.store(PersonRecord.self).find(person)?.content.teamID { teams.insert(team) }
        return teams
    }

    /// Checks permission and the workflow, then moves one step; every record the move changed goes
    /// into the audit log. `field` names the input the status came in, for messages.
    @discardableResult
    public func move(_ id: UUID, to statusText: String?, reason: String, field: String = "status") async throws -> InitiativeMoves.Outcome {
        let before = try await find(id).content
        try scope.authorize(.update, .initiatives, owningTeams: try await owningTeams(before))
        guard let text = statusText else { throw ValidationFailure(field: field, message: "Status is required.") }
        guard let target = InitiativeStatus(rawValue: text) else {
            let choices = InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationFailure(field: field, message: field == "status" ? "Status must be one of: \(choices)." : "--\(field) must be one of: \(choices).")
        }
        let outcome = try await InitiativeMoves.move(id, organizationID: scope.id, to: target, reason: reason, by: scope.actor, today: .today, on: scope.db)
        var beforeInput = before.formInput, afterInput = outcome.initiative.content.formInput
        beforeInput.fields["status"] = [before.status.rawValue]
        afterInput.fields["status"] = [target.rawValue]
        try await scope.audit(.update, "initiatives", id: id, before: beforeInput, after: afterInput)
        for changed in outcome.changed {
            try await scope.audit(.update, changed.kind, id: changed.id, before: changed.before, after: changed.after)
        }
        return outcome
    }

    /// Every move, oldest first.
    public func history(_ id: UUID) async throws -> [InitiativeMove] {
        _ = try await find(id)
        return try await moves(id)
    }

    func moves(_ id: UUID) async throws -> [InitiativeMove] {
        try await InitiativeStatusChangeRecord.history(of: id, on: scope.db).map {
            InitiativeMove(from: $0.from, to: $0.to, by: $0.byName, at: $0.createdAt ?? Date(), note: $0.note)
        }
    }

    /// Scores and sentiment on its touchpoints in the 90 days before it was done and since; a
    /// conflict before it is done.
    public func effect(_ id: UUID) async throws -> (effect: InitiativeEffect, touchpoints: Set<UUID>) {
        let item = try await find(id)
        guard item.doneOn != nil else { throw Conflict("The initiative is not done yet: there is no before and after to compare.") }
        let measured = try await measuredEffect(item)
        return (measured.effect!, measured.touchpoints)
    }

    func measuredEffect(_ item: Stored<Initiative>) async throws -> (effect: InitiativeEffect?, touchpoints: Set<UUID>) {
        guard let doneOn = item.doneOn else { return (nil, []) }
        let touchpoints = try await InitiativeInsights.touchpoints(of: item.content, id: item.id, organizationID: scope.id, on: scope.db)
        let effect = try await InitiativeInsights.effect(touchpoints: touchpoints, doneOn: doneOn, windowDays: 90, today: .today,
                                                         organizationID: scope.id, on: scope.db)
        return (effect, touchpoints)
    }

    /// Open capability needs of every initiative, by initiative.
    public func openNeedCounts() async throws -> [UUID: Int] {
        try await CapabilityNeedRecord.openCounts(organizationID: scope.id, on: scope.db)
    }

    /// The organization's change-fatigue settings and the warnings standing today.
    public func fatigueWarnings() async throws -> (settings: NurtureSettings, warnings: [ChangeFatigue.Warning]) {
        let settings = try await NurtureSettingsStore.settings(scope.id, on: scope.db)
        let today = CalendarDate.today
        let applied = try await InitiativeInsights.appliedChanges(organizationID: scope.id, since: today.adding(days: -settings.fatigueWindowDays), on: scope.db)
        guard !applied.isEmpty else { return (settings, []) }
        return (settings, ChangeFatigue.warnings(applied, limit: settings.fatigueLimit, windowDays: settings.fatigueWindowDays, asOf: today))
    }

    /// What applying these changes today would add to change fatigue.
    public func fatigueForecast(_ changes: [Stored<InitiativeChange>], settings: NurtureSettings) async throws -> [ChangeFatigue.Warning] {
        let today = CalendarDate.today
        let applied = try await InitiativeInsights.appliedChanges(organizationID: scope.id, since: today.adding(days: -settings.fatigueWindowDays), on: scope.db)
        let planned = try await InitiativeInsights.fatigueChanges(changes.filter { $0.appliedOn == nil }.map { ($0.id, $0.content, today) },
                                                                  organizationID: scope.id, on: scope.db)
        return ChangeFatigue.forecast(applied: applied, planned: planned, limit: settings.fatigueLimit, windowDays: settings.fatigueWindowDays, today: today)
    }
}

import Domain
import FluentKit
import Foundation

/// Headcount, leavers and escalations from CSV files: every row checked first, then all of it stored in
/// one transaction through the same rules (and audit) as the forms, or nothing at all.
public struct Workforce: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// What an import did, or would do with `checkOnly`.
    public struct Outcome: Sendable, Equatable {
        public var created = 0, updated = 0, unchanged = 0
        public var checkedOnly = false
    }

    /// A file refused whole, with every problem by line and column.
    public struct Refusal: Error, Sendable {
        public let problems: [WorkforceCSV.Problem]
    }

    /// People by email (a row whose email matches someone here updates them; an empty cell changes nothing), the rest added.
    public func importPeople(_ bytes: [UInt8], checkOnly: Bool) async throws -> Outcome {
        try scope.authorize(.create, .people)
        let teams = try await teamIDs()
        let (rows, problems) = WorkforceCSV.people(bytes, teams: Set(teams.keys))
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        let people = try await RecordStore<PersonRecord>(db: scope.db, organizationID: scope.id).all()
        let byEmail = Dictionary(people.filter { !$0.content.email.isEmpty }.map { ($0.content.email.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var outcome = Outcome(checkedOnly: checkOnly)
        var changes: [(UUID?, Person)] = []
        for row in rows {
            let existing = row.email.isEmpty ? nil : byEmail[row.email.lowercased()]
            var person = existing?.content ?? Person(name: row.name)
            (person.name, person.teamID) = (row.name, teams[row.team])
            if !row.email.isEmpty { person.email = row.email }
            if !row.jobTitle.isEmpty { person.jobTitle = row.jobTitle }
            if let started = row.startedOn { person.startedOn = started }
            if let left = row.leftOn { person.leftOn = left }
            // Read as the form reads it (names without surrounding spaces), so a row the form would store unchanged is unchanged.
            person = (try? Person.parse(person.formInput)) ?? person
            if let existing, existing.content == person { outcome.unchanged += 1; continue }
            existing == nil ? (outcome.created += 1) : (outcome.updated += 1)
            changes.append((existing?.id, person))
        }
        if !checkOnly { try await save(changes, PersonRules.self) }
        return outcome
    }

    /// Escalations, each added (an import adds; it never matches earlier ones).
    public func importEscalations(_ bytes: [UInt8], checkOnly: Bool) async throws -> Outcome {
        try scope.authorize(.create, .escalations, owningTeams: [])
        let teams = try await teamIDs()
        let (rows, problems) = WorkforceCSV.escalations(bytes, teams: Set(teams.keys))
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        let changes = rows.map { (UUID?.none, Escalation(fromTeamID: teams[$0.fromTeam]!, toTeamID: teams[$0.toTeam]!, date: $0.date, reason: $0.reason)) }
        if !checkOnly { try await save(changes, EscalationRules.self) }
        return Outcome(created: changes.count, checkedOnly: checkOnly)
    }

    private func teamIDs() async throws -> [String: UUID] {
        Dictionary(try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).all().map { ($0.content.name, $0.id) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Creates or updates each through the kind's rules, all in one transaction.
    private func save<Rules: RecordRules>(_ changes: [(UUID?, Rules.Content)], _ rules: Rules.Type) async throws {
        try await WriteGate.transaction(scope.db) { tx in
            let records = Records<Rules>(OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access))
            for (id, content) in changes {
                if let id { _ = try await records.update(id, with: content.formInput) } else { _ = try await records.create(content.formInput) }
            }
        }
    }
}

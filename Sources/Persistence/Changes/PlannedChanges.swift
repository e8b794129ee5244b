import Domain
import FluentKit
import Foundation
import SQLKit

/// Planned changes' use cases beyond saving them: the impact each one has, telling the people it touches and hearing
/// back from them, launching or cancelling it.
public struct PlannedChanges: Sendable {
    let scope: OrgScope
    /// How far back "customers who used the touchpoints recently" looks.
    public static let recentDays = 90

    public init(_ scope: OrgScope) { self.scope = scope }

    /// Derives who and what the change touches from the journey graph as it stands now.
    public func impact(of id: UUID, today: CalendarDate = .today) async throws -> ChangeImpactReport {
        let change = try await find(id)
        let (subjects, gaps) = try await subjectsAndGaps(change)
        let impact = ChangeImpact.derive(subjects, in: try await JourneyGraphLoader.load(around: subjects, scope))
        let acknowledgements = try await ChangeAcknowledgementRecord.query(on: scope.db).filter(\.$change.$id == id).all()
            .compactMap(\.acknowledgement)
        let asked = try await askedUsers(impact)
        let parties = impact.parties.map { party in
            ChangeImpactReport.Party(party: party, level: level(of: party, in: impact), through: impact.origins(of: party).sorted(),
                                     askedUsers: asked[party]?.map(\.name) ?? [], askedUserIDs: asked[party]?.map(\.id) ?? [], acknowledgement: acknowledgements.first { $0.party == party })
        }
        let customers = try await recentCustomers(impact.touchpoints.map(\.id), since: today.adding(days: -Self.recentDays))
        return ChangeImpactReport(change: change, subjects: subjects, impact: impact, gaps: gaps, parties: parties,
                                  people: try await people(in: impact.teams.map(\.id)), customers: customers)
    }

    public func find(_ id: UUID) async throws -> Stored<PlannedChange> {
        guard let record = try await scope.store(PlannedChangeRecord.self).find(id) else { throw NotFound("No such planned change.") }
        return record.stored
    }

    private func level(of party: ChangeParty, in impact: ChangeImpact.Result) -> ImpactLevel {
        switch party {
        case .team(let id): impact.teams.first { $0.id == id }?.level ?? .low
        case .person(let id): impact.people.first { $0.id == id }?.level ?? .low
        }
    }

    /// The change's own subjects with its today and tomorrow, then its initiative's planned changes with theirs; a handoff
    /// given a new accountable team reaches that team too.
    func subjectsAndGaps(_ change: Stored<PlannedChange>) async throws -> ([ChangeSubject], [ChangeImpactReport.Gap]) {
        var subjects = change.alters
        var gaps = change.alters.map { ChangeImpactReport.Gap(subject: $0, today: change.today, tomorrow: change.tomorrow) }
        guard let initiative = change.initiativeID else { return (subjects, gaps) }
        let planned = try await scope.store(InitiativeChangeRecord.self).all(filters: ListFilters(["initiative_id": initiative.uuidString]))
        for item in planned where item.appliedOn == nil {
            let subject: ChangeSubject = switch item.target {
            case .process(let id): .process(id)
            case .handoff(let id): .handoff(id)
            }
            if !subjects.contains(subject) { subjects.append(subject) }
            gaps.append(.init(subject: subject, today: item.today.isEmpty ? try await currentText(of: item.target) : item.today, tomorrow: item.tomorrow))
            if let team = item.newAccountableTeamID {
                if !subjects.contains(.team(team)) { subjects.append(.team(team)) }
                gaps.append(.init(subject: .team(team), today: "", tomorrow: "Becomes accountable for a handoff: \(item.tomorrow)"))
            }
        }
        return (subjects, gaps)
    }

    /// What a process or handoff says now: an initiative's change left "today" blank until it is applied.
    private func currentText(of target: ChangeTarget) async throws -> String {
        switch target {
        case .process(let id): try await scope.store(ProcessRecord.self).find(id)?.content.description ?? ""
        case .handoff(let id): try await scope.store(HandoffRecord.self).find(id)?.content.information ?? ""
        }
    }

    /// Who is asked to acknowledge for each party: a team's leads among the members; a person's own account, found by email.
    private func askedUsers(_ impact: ChangeImpact.Result) async throws -> [ChangeParty: [(id: UUID, name: String)]] {
        let members = try await MembershipRecord.query(on: scope.db).filter(\.$organizationID == scope.id).all()
        let users = try await UserRecord.query(on: scope.db).filter(\.$id ~~ members.map(\.userID)).all()
        let byID = Dictionary(users.compactMap { user in user.id.map { ($0, user) } }, uniquingKeysWith: { a, _ in a })
        var asked: [ChangeParty: [(id: UUID, name: String)]] = [:]
        for team in impact.teams {
            asked[.team(team.id)] = members.filter { $0.access.role == .teamLead && $0.access.ledTeams.contains(team.id) }
                .compactMap { byID[$0.userID] }.map { ($0.id!, $0.name) }.sorted { $0.name < $1.name }
        }
        let people = try await scope.store(PersonRecord.self).some(Set(impact.people.map(\.id)))
        for person in people where !person.email.isEmpty {
            asked[.person(person.id)] = users.filter { $0.email.lowercased() == person.email.lowercased() }.map { ($0.id!, $0.name) }
        }
        return asked
    }

    private func people(in teams: [UUID]) async throws -> [UUID: [Stored<Person>]] {
        guard !teams.isEmpty else { return [:] }
        let records = try await PersonRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$teamID ~~ teams)
            .filter(\.$leftOn == nil).sort(\.$name).all()
        return Dictionary(grouping: records.map(\.stored)) { $0.teamID! }
    }
}

import Domain
import FluentKit
import Foundation

/// Every planned change's impact over the whole journey graph, read once for all the one-pagers being made: which
/// changes each team launched, which are coming its way, and which it has not acknowledged.
struct TeamOnePagerChanges {
    struct Derived {
        let change: Stored<PlannedChange>
        let impact: ChangeImpact.Result
        let acknowledged: Set<String>
    }

    let changes: [Derived]
    let names: [UUID: String]
    let today: CalendarDate
    let months: Int

    static func read(_ scope: OrgScope, today: CalendarDate, months: Int) async throws -> TeamOnePagerChanges {
        let records = try await PlannedChangeRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$status != PlannedChangeStatus.cancelled.rawValue).all()
        try await PlannedChangeRecord.loadRelations(records, on: scope.db)
        let graph = try await JourneyGraphLoader.whole(scope)
        let acknowledged = try await ChangeAcknowledgementRecord.query(on: scope.db).filter(\.$organizationID == scope.id).all()
        let byChange = Dictionary(grouping: acknowledged, by: { $0.$change.id }).mapValues { Set($0.map(\.party)) }
        var derived: [Derived] = []
        for change in records.map(\.stored) {
            let subjects = try await PlannedChanges(scope).subjectsAndGaps(change).0
            derived.append(Derived(change: change, impact: ChangeImpact.derive(subjects, in: graph), acknowledged: byChange[change.id] ?? []))
        }
        let ids = Set(derived.flatMap { $0.impact.teams.map(\.id) + $0.impact.people.map(\.id) })
        var names: [UUID: String] = [:]
        for team in try await scope.store(TeamRecord.self).some(ids) { names[team.id] = team.name }
        for person in try await scope.store(PersonRecord.self).some(ids) { names[person.id] = person.name }
        return TeamOnePagerChanges(changes: derived, names: names, today: today, months: months)
    }

    /// Changes the team owns that launched in the month before this one.
    func launched(by team: UUID) -> [TeamOnePager.Changed] {
        let from = today.firstOfMonth.adding(months: -1), until = today.firstOfMonth
        return changes.compactMap { item in
            guard item.change.ownerTeamID == team, let on = item.change.launchedOn, on >= from, on < until else { return nil }
            return .init(kind: RecordKind.changes.rawValue, id: item.change.id, title: item.change.title, on: on.description)
        }
    }

    /// Planned changes starting in the months ahead that the team owns or that reach it, with whom else they touch.
    func coming(for team: UUID) -> [TeamOnePager.Coming] {
        let until = today.firstOfMonth.adding(months: months)
        return changes.filter { $0.change.status == .planned && $0.change.starts < until && ($0.change.ends ?? $0.change.starts) >= today }
            .compactMap { item -> TeamOnePager.Coming? in
                let level = item.impact.teams.first { $0.id == team }?.level
                guard level != nil || item.change.ownerTeamID == team else { return nil }
                let others = item.impact.teams.map(\.id).filter { $0 != team } + item.impact.people.map(\.id)
                return .init(id: item.change.id, title: item.change.title, starts: item.change.starts.description,
                             level: (level ?? .low).label.lowercased(), ownedByTeam: item.change.ownerTeamID == team,
                             touches: others.compactMap { names[$0] }.sorted())
            }.sorted { ($0.starts, $0.title) < ($1.starts, $1.title) }
    }

    /// Planned changes that reach the team and that it has not acknowledged yet.
    func owed(by team: UUID) -> [TeamOnePager.Owed] {
        let party = ChangeParty.team(team).formValue
        return changes.filter { item in
            item.change.status == .planned && item.impact.teams.contains { $0.id == team } && !item.acknowledged.contains(party)
        }.map { .init(changeID: $0.change.id, title: $0.change.title, starts: $0.change.starts.description) }.sorted { $0.starts < $1.starts }
    }
}

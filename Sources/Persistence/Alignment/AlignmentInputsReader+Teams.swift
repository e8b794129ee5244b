import Domain
import FluentKit
import Foundation
import SQLKit

extension AlignmentInputsReader {
    /// The inputs of each team on one page of teams (by name): the 4C health report's rows for them (pulse tallies past
    /// the anonymity threshold, the customer signals on their touchpoints, their charters), the touchpoints they own and
    /// the handoffs into and out of them, their KPIs in conflict, the changes that asked them, the check-ins of their people
    /// and their initiatives.
    func teams(page: Int, per: Int, shared: TeamsShared) async throws -> Paged<(team: Stored<Team>, inputs: AlignmentInputs)> {
        let report = try await Health(scope: scope).report(page: page, per: per, today: today)
        let ids = report.teams.items.compactMap(\.teamID)
        let touchpoints = try await OrganizationFigures.countedBy("touchpoints", "owning_team_id", ids, on: scope.db)
        let handoffs = try await handoffsTouching(ids)
        let (kpis, acknowledgements, checkIns) = (shared.kpis, shared.acknowledgements, shared.checkIns)
        let initiatives = try await initiativesByTeam(ids)
        let teams = try await scope.store(TeamRecord.self).some(Set(ids))
        let items: [(team: Stored<Team>, inputs: AlignmentInputs)] = report.teams.items.compactMap { health in
            guard let id = health.teamID, let team = teams.first(where: { $0.id == id }) else { return nil }
            var inputs = Self.inputs(health)
            inputs.touchpoints = touchpoints[id] ?? 0
            (inputs.handoffs, inputs.unownedHandoffs) = (handoffs[id]?.all ?? 0, handoffs[id]?.unowned ?? 0)
            (inputs.kpis, inputs.kpisInConflict) = (kpis[id]?.all ?? 0, kpis[id]?.inConflict ?? 0)
            (inputs.partiesAsked, inputs.partiesAcknowledged) = acknowledgements[.team(id)] ?? (0, 0)
            (inputs.checkInsDue, inputs.checkInsOnTime) = checkIns[id] ?? (0, 0)
            (inputs.initiativesFinished, inputs.initiativesVerified) = initiatives[id] ?? (0, 0)
            return (team, inputs)
        }
        return Paged(items: items, request: Pagination(page: report.teams.page, per: report.teams.per), total: report.teams.total)
    }

    /// What every page of teams reads the same: KPIs in conflict, acknowledgements and check-ins, counted once.
    struct TeamsShared: Sendable {
        let kpis: [UUID: (all: Int, inConflict: Int)]
        let acknowledgements: [ChangeParty: (asked: Int, acknowledged: Int)]
        let checkIns: [UUID: (Int, Int)]
    }

    func teamsShared() async throws -> TeamsShared {
        TeamsShared(kpis: try await kpisByTeam(), acknowledgements: try await PlannedChanges(scope).acknowledgementsByParty(today: today),
                    checkIns: try await checkInsByTeam())
    }

    /// What a 4C health row gives: the customer signals, the pulse tallies that passed the threshold, the charters.
    static func inputs(_ health: TeamHealth) -> AlignmentInputs {
        var inputs = AlignmentInputs()
        inputs.nps = health.signals.nps
        (inputs.feedbackItems, inputs.negativeItems, inputs.openFrictions) = (health.signals.feedbackItems, health.signals.negativeItems, health.signals.openFrictions)
        (inputs.commitmentsKept, inputs.commitmentsAssessed) = (health.signals.commitmentsKept, health.signals.commitmentsAssessed)
        let scored = health.cells.values.compactMap(\.score)
        inputs.fourC = scored.isEmpty ? nil : scored.reduce(PulseResults.Tally(), +)
        inputs.strategy = health.strategy
        inputs.withheld = health.cells.values.contains { $0.suppression != nil }
        return inputs
    }

    /// Handoffs into or out of each team's touchpoints, and those nobody answers for, counted in the database.
    private func handoffsTouching(_ teams: [UUID]) async throws -> [UUID: (all: Int, unowned: Int)] {
        guard let sql = scope.db as? any SQLDatabase, !teams.isEmpty else { return [:] }
        var counts: [UUID: (all: Int, unowned: Int)] = [:]
        for row in try await sql.raw("""
            SELECT t.owning_team_id AS team, COUNT(DISTINCT h.id) AS n,
                   COUNT(DISTINCT CASE WHEN h.accountable_team_id IS NULL AND h.accountable_person_id IS NULL THEN h.id END) AS u
            FROM touchpoints t JOIN handoffs h ON h.from_touchpoint_id = t.id OR h.to_touchpoint_id = t.id
            WHERE t.owning_team_id IN (\(binds: teams)) GROUP BY t.owning_team_id
            """).all() {
            counts[try row.decode(column: "team", as: UUID.self)] = (try row.decode(column: "n", as: Int.self), try row.decode(column: "u", as: Int.self))
        }
        return counts
    }

    private func kpisByTeam() async throws -> [UUID: (all: Int, inConflict: Int)] {
        let report = try await Metrics(scope: scope).conflicts()
        let involved = Set(report.conflicts.opposed.flatMap { [$0.raising.kpi, $0.lowering.kpi] } + report.conflicts.customersPay.map(\.push.kpi))
        var counts: [UUID: (all: Int, inConflict: Int)] = [:]
        for (id, kpi) in report.kpis {
            let sofar = counts[kpi.teamID] ?? (0, 0)
            counts[kpi.teamID] = (sofar.all + 1, sofar.inConflict + (involved.contains(id) ? 1 : 0))
        }
        return counts
    }

    /// Check-ins due in the last 180 days by the team of the person assigned, and those done on time.
    private func checkInsByTeam() async throws -> [UUID: (Int, Int)] {
        let due = try await CheckInRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$assigneeID != nil)
            .filter(\.$dueDate >= today.adding(days: -180).description).filter(\.$dueDate <= today.description).all().map(\.stored)
        let people = try await scope.store(PersonRecord.self).some(Set(due.compactMap(\.assigneeID)))
        let teamOf = Dictionary(people.compactMap { person in person.teamID.map { (person.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var counts: [UUID: (Int, Int)] = [:]
        for checkIn in due {
            guard let team = checkIn.assigneeID.flatMap({ teamOf[$0] }) else { continue }
            let onTime = checkIn.status == .done && (checkIn.completedOn ?? checkIn.dueDate) <= checkIn.dueDate
            let sofar = counts[team] ?? (0, 0)
            counts[team] = (sofar.0 + 1, sofar.1 + (onTime ? 1 : 0))
        }
        return counts
    }

    private func initiativesByTeam(_ teams: [UUID]) async throws -> [UUID: (Int, Int)] {
        let finished = try await InitiativeRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$ownerTeamID ~~ teams)
            .filter(\.$status ~~ [InitiativeStatus.done.rawValue, InitiativeStatus.verified.rawValue]).all()
        var counts: [UUID: (Int, Int)] = [:]
        for initiative in finished {
            guard let team = initiative.ownerTeamID else { continue }
            let sofar = counts[team] ?? (0, 0)
            counts[team] = (sofar.0 + 1, sofar.1 + (initiative.status == InitiativeStatus.verified.rawValue ? 1 : 0))
        }
        return counts
    }
}

import Domain
import FluentKit
import Foundation

/// Makes the one-pagers of a set of teams at once: what every team shares (the planned changes' impacts over the whole
/// journey graph, the acknowledgements, the customer figures) is read once, however many teams there are.
struct TeamOnePagerBuilder {
    let scope: OrgScope
    let today: CalendarDate

    /// A month's first day, and the month before it.
    var month: CalendarDate { today.firstOfMonth }
    var lastMonth: CalendarDate { month.adding(months: -1) }

    func build(_ teams: [Stored<Team>], now: Date = Date()) async throws -> [TeamOnePager] {
        guard !teams.isEmpty else { return [] }
        let ids = teams.map(\.id)
        let changes = try await TeamOnePagerChanges.read(scope, today: today, months: TeamOnePager.monthsAhead)
        let signals = try await HealthSignals(scope: scope, today: today).byTeam(shown: ids).teams
        let commitments = try await CommitmentRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$teamID ~~ ids).all()
        let kpis = try await kpis(of: ids)
        let done = try await initiativesDone(ids)
        return teams.map { team in
            var page = TeamOnePager(teamID: team.id, teamName: team.name, month: Alignment.month(month), lookedBackAt: Alignment.month(lastMonth),
                                    generatedAt: now)
            page.changed = changes.launched(by: team.id) + (done[team.id] ?? [])
            page.coming = changes.coming(for: team.id)
            page.owed = changes.owed(by: team.id)
            page.customers = Self.customers(signals[team.id] ?? TeamHealth.Signals())
            page.commitments = commitments.filter { $0.teamID == team.id }.map { record in
                .init(id: record.id!, text: record.text, status: (record.status.flatMap(CommitmentStatus.init) ?? .notAssessed).label)
            }
            page.kpis = kpis[team.id] ?? []
            return page
        }
    }

    static func customers(_ signals: TeamHealth.Signals) -> TeamOnePager.Customers {
        let nps = signals.npsScore
        return .init(feedbackItems: signals.feedbackItems, negativeItems: signals.negativeItems, nps: nps.map { Int($0.value.rounded()) },
                     npsAnswers: nps?.n ?? 0, openFrictions: signals.openFrictions)
    }

    /// Initiatives of these teams done last month.
    private func initiativesDone(_ teams: [UUID]) async throws -> [UUID: [TeamOnePager.Changed]] {
        let records = try await InitiativeRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$ownerTeamID ~~ teams)
            .filter(\.$doneOn >= lastMonth.description).filter(\.$doneOn < month.description).all()
        var result: [UUID: [TeamOnePager.Changed]] = [:]
        for record in records {
            guard let team = record.ownerTeamID, let done = record.doneOn else { continue }
            result[team, default: []].append(.init(kind: RecordKind.initiatives.rawValue, id: record.id!, title: record.title, on: done))
        }
        return result
    }

    /// Each team's KPIs with their latest value.
    private func kpis(of teams: [UUID]) async throws -> [UUID: [TeamOnePager.Measure]] {
        let records = try await KPIRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$teamID ~~ teams).sort(\.$name).all()
        let values = try await KPIValueRecord.query(on: scope.db).filter(\.$kpiID ~~ records.compactMap(\.id)).filter(\.$dimension == "")
            .sort(\.$period, .descending).all()
        var latest: [UUID: KPIValueRecord] = [:]
        for value in values where latest[value.kpiID] == nil { latest[value.kpiID] = value }
        return Dictionary(grouping: records.map { record -> (UUID, TeamOnePager.Measure) in
            let kpi = record.content, value = latest[record.id!]
            return (kpi.teamID, .init(id: record.id!, name: kpi.name, unit: kpi.unit, rewarded: kpi.rewarded.label.lowercased(), target: kpi.target,
                                      latest: value?.value, latestPeriod: value.map { String($0.period.prefix(7)) }))
        }, by: \.0).mapValues { $0.map(\.1) }
    }
}

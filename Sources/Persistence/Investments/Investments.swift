import Domain
import FluentKit
import Foundation

/// Investments' use cases beyond saving them: what each would do to alignment before it is decided, approving (which
/// keeps the projection), rejecting, and marking it done, after which the projection is set beside what happened.
public struct Investments: Sendable {
    let scope: OrgScope
    /// How long before and after an initiative was done its customers' scores are compared.
    public static let effectWindowDays = 90

    public init(_ scope: OrgScope) { self.scope = scope }

    public func find(_ id: UUID) async throws -> Stored<Investment> {
        guard let record = try await scope.store(InvestmentRecord.self).find(id) else { throw NotFound("No such investment.") }
        return record.stored
    }

    /// Everything the investment's page, the API and `align investment outlook` show, read afresh.
    public func outlook(of id: UUID, today: CalendarDate = .today) async throws -> InvestmentOutlook {
        let investment = try await find(id)
        let changes = try await scope.store(PlannedChangeRecord.self).some(Set(investment.changeIDs))
        let initiatives = try await scope.store(InitiativeRecord.self).some(Set(investment.initiativeIDs))
        let reach = try await InvestmentReach.read(changes: changes, initiatives: initiatives, scope)
        let addressed = try await addressed(investment.content, initiatives)
        let (report, after) = try await Metrics(scope: scope).conflicts(rewarding: investment.kpiRewards)
        let before = Metrics.lines(report.conflicts, report), afterLines = Metrics.lines(after, report)
        var effects = reach.effects
        (effects.openFrictionsAddressed, effects.negativeItemsAddressed) = (addressed.openFrictions, addressed.negativeItems)
        if !investment.kpiRewards.isEmpty { effects.kpisInConflictAfter = Metrics.involved(after).count }
        let inputs = try await AlignmentInputsReader(scope: scope, today: today).organization(conflicts: report)
        let changesPlanned = PlannedChanges(scope)
        let removed = before.filter { line in !afterLines.contains { $0.key == line.key } }
        let created = afterLines.filter { line in !before.contains { $0.key == line.key } }
        let named = Set(investment.kpiRewards.map(\.kpiID) + (removed + created).flatMap(\.kpiIDs))
        return InvestmentOutlook(
            investment: investment, changes: changes, initiatives: initiatives, frictions: addressed.frictions, blindSpots: addressed.blindSpots,
            conflictsRemoved: removed, conflictsCreated: created, kpis: report.kpis.filter { named.contains($0.key) },
            teams: try await Health(scope: scope).teams(reach.teams, today: today),
            load: try await changesPlanned.loadAdded(by: Set(changes.map(\.id))), loadLimit: try await changesPlanned.loadLimit(),
            customers: try await changesPlanned.recentCustomers(Array(reach.touchpoints), since: today.adding(days: -PlannedChanges.recentDays)),
            projection: .project(inputs, effects), outcome: try await outcome(investment, initiatives, today: today))
    }

    /// The frictions its initiatives address and the blind spots it answers, with the evidence Legitimize holds for them.
    private func addressed(_ investment: Investment, _ initiatives: [Stored<Initiative>])
        async throws -> (frictions: [InvestmentOutlook.Friction], blindSpots: [InvestmentOutlook.BlindSpot], openFrictions: Int, negativeItems: Int) {
        let board = try await Legitimize(scope).board()
        let ids = Set(initiatives.flatMap(\.frictionIDs))
        let frictions = try await scope.store(FrictionRecord.self).some(ids).map { friction in
            InvestmentOutlook.Friction(item: friction, evidence: board.confirmed.first { entry in
                if case .friction(let id, _, _) = entry.subject { id == friction.id } else { false }
            }?.evidence)
        }
        let blindSpots = investment.blindSpots.map { theme in
            InvestmentOutlook.BlindSpot(theme: theme, evidence: board.blindSpots.first { $0.subject == .theme(theme) }?.evidence)
        }
        let open = frictions.filter { friction in
            if case .touchpoint = friction.item.target { friction.item.status == .open } else { false }
        }.count
        let negative = frictions.compactMap(\.evidence?.count).reduce(0, +) + blindSpots.compactMap(\.evidence?.count).reduce(0, +)
        return (frictions, blindSpots, open, negative)
    }

    /// Once done: the organization's index now, and each done initiative's customers before and after.
    private func outcome(_ investment: Stored<Investment>, _ initiatives: [Stored<Initiative>], today: CalendarDate)
        async throws -> InvestmentOutlook.Outcome? {
        guard investment.status == .done else { return nil }
        let now = try await Alignment(scope: scope).current(today: today)
        var effects: [(initiative: Stored<Initiative>, effect: InitiativeEffect)] = []
        for initiative in initiatives {
            guard let doneOn = initiative.doneOn else { continue }
            let touchpoints = try await InitiativeInsights.touchpoints(of: initiative.content, id: initiative.id, organizationID: scope.id, on: scope.db)
            effects.append((initiative, try await InitiativeInsights.effect(touchpoints: touchpoints, doneOn: doneOn, windowDays: Self.effectWindowDays,
                                                                             today: today, organizationID: scope.id, on: scope.db)))
        }
        return .init(month: now.month, indexNow: now.index.value, effects: effects)
    }
}

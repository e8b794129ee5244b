import Domain
import Foundation
import Persistence
import Web

/// Gathers the executive alignment report from the services that keep each figure: the kept index and its months, the
/// weakest teams, KPI conflicts, blind spots, the change load, investments, the 4C health report and the centricity gap.
struct ExecutiveReportBuilder {
    let scope: OrgScope
    let slug: String
    let today: CalendarDate

    static let shown = 10
    static let heatMapTeams = 25

    func build() async throws -> ExecutiveReportModel {
        var model = ExecutiveReportModel(organization: scope.organization.content.name, slug: slug, preparedOn: today.description)
        try await index(&model)
        let report = try await Metrics(scope: scope).conflicts()
        let lines = Metrics.lines(report.conflicts, report)
        (model.conflicts, model.conflictTotal) = (lines.prefix(Self.shown).map {
            .init($0.text, url: Paths.item(slug, .outcomes, $0.outcomeID))
        }, lines.count)
        model.blindSpots = try await Legitimize(scope).board().blindSpots.prefix(Self.shown).map { entry in
            .init(entry.title, figure: counted(entry.evidence.count, "item"), url: Paths.page(slug, .legitimize, query: ["view": LegitimizeView.blindSpots.rawValue]))
        }
        try await load(&model)
        model.investments = try await investments(current: model.index)
        try await heatMap(&model)
        model.centricity = try await Centricity(scope: scope).report().rows.map { row in
            .init(name: row.competency.name, url: Paths.page(slug, .centricity), target: row.target?.level, current: row.gap.current?.median,
                  gap: row.gap.gap, supportedByEvidence: row.gap.supportedLevel)
        }
        return model
    }

    /// The kept index, its months, its components weakest first, and where it is most misaligned: the weakest teams, then components.
    private func index(_ model: inout ExecutiveReportModel) async throws {
        let alignment = Alignment(scope: scope)
        let snapshot = try await alignment.current(today: today)
        (model.index, model.coverage, model.indexLink) = (snapshot.index.value, snapshot.index.coverage, Paths.organization(slug))
        model.history = try await alignment.history().map { .init(month: $0.month, value: $0.value) }
        let measured = snapshot.index.components.filter { $0.value != nil }.sorted { ($0.value!, $0.measure.rawValue) < ($1.value!, $1.measure.rawValue) }
        model.components = measured.map { .init($0.measure.label, figure: "\(Int($0.value!.rounded())) · \($0.detail)", url: AlignmentController.url($0.measure, slug: slug)) }
        let teams = try await alignment.weakestTeams(today: today).map { team in
            ExecutiveReportModel.Line("Team: \(team.team.name)", figure: "index \(team.index.value.map(String.init) ?? "–")", url: Paths.item(slug, .teams, team.team.id))
        }
        model.misalignments = Array((teams + model.components.prefix(5).map { .init("Across the organization: \($0.text)", figure: $0.figure, url: $0.url) })
            .prefix(Self.shown))
    }

    private func load(_ model: inout ExecutiveReportModel) async throws {
        let heat = try await PlannedChanges(scope).load(from: today.firstOfMonth, months: 6)
        let names = try await Lookups.load([.teams], scope: scope, only: Set(heat.warnings.map(\.teamID)))
        model.loadLimit = heat.limit
        model.loadWarnings = heat.warnings.prefix(Self.shown).map { warning in
            .init("\(names.team(warning.teamID) ?? "A deleted team") in \(ChangeLoadModel.monthLabel(warning.month))", figure: "load \(warning.load)",
                  url: Paths.page(slug, .changeLoad, query: ["from": ChangeLoadModel.monthValue(warning.month)]))
        }
    }

    /// The latest investments; a done one's actual effect is the index now against the index it was approved on.
    private func investments(current: Int?) async throws -> [ExecutiveReportModel.Investment] {
        try await Records<InvestmentRules>(scope).list(filters: ListFilters(), page: Pagination(page: 1, per: Self.shown)).items.map { item in
            .init(title: item.title, url: Paths.item(slug, .investments, item.id), status: item.status.label,
                  cost: Money.display(item.cost, currency: item.currency), indexAtApproval: item.projectedBefore, projected: item.projectedAfter,
                  actual: item.status == .done ? current : nil)
        }
    }

    /// The first teams of the 4C health report; a withheld experience shows as withheld, never as a figure.
    private func heatMap(_ model: inout ExecutiveReportModel) async throws {
        let health = try await Health(scope: scope).report(page: 1, per: Self.heatMapTeams, today: today)
        (model.heatMapTeams, model.heatMapLink) = (health.teams.total, Paths.page(slug, .health))
        model.heatMap = ([health.organization] + health.teams.items).map { team in
            let cells: [ExecutiveReportModel.Line] = FourC.allCases.map { experience in
                guard let cell = team.cells[experience] else { return .init("not asked", figure: "none", url: "") }
                if cell.suppression != nil { return .init("withheld", figure: "withheld", url: "") }
                guard let percent = cell.score?.percentFavourable else { return .init("not asked", figure: "none", url: "") }
                return .init("\(Int(percent.rounded()))%" + (cell.isMisaligned ? " · misaligned" : ""), figure: cell.isMisaligned ? "weak" : "good", url: "")
            }
            return .init(team: team.name, url: team.teamID.map { Paths.item(slug, .teams, $0) } ?? Paths.page(slug, .health), cells: cells,
                         misaligned: cells.filter { $0.figure == "weak" }.count)
        }
    }
}

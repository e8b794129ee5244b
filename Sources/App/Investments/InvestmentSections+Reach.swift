import Domain
import Foundation
import Persistence
import Web

extension InvestmentSections {
    var teams: DetailSection {
        DetailSection(title: "Teams it touches: their 4C health", columns: ["Team"] + FourC.allCases.map(\.label) + ["Strategy understood"],
                      rows: outlook.teams.map { health in
                          [health.teamID.map { .link(health.name, url: Paths.item(slug, .teams, $0)) } ?? .text(health.name)]
                              + FourC.allCases.map { fourC(health.cells[$0]) } + [tally(health.strategy, breached: false)]
                      },
                      emptyMessage: "Its changes reach no team and its initiatives have no owner team.",
                      action: (label: "4C health", url: Paths.page(slug, .health)))
    }

    /// A figure past the anonymity threshold, or why there is none: Health withholds before anything reaches this page.
    private func fourC(_ cell: TeamHealth.Cell?) -> Cell {
        guard let cell else { return .muted("not asked") }
        if cell.suppression != nil { return .muted("withheld") }
        return tally(cell.score, breached: cell.isMisaligned)
    }

    private func tally(_ tally: PulseResults.Tally?, breached: Bool) -> Cell {
        guard let percent = tally?.percentFavourable else { return .muted("not asked") }
        return .badge("\(Int(percent.rounded()))% favourable", tone: breached ? .bad : .neutral)
    }

    var load: DetailSection {
        DetailSection(title: "Change load it adds", columns: ["Team", "Month", "Added by it", "With every other change"],
                      rows: outlook.load.map { row in
                          [.link(lookups.team(row.teamID) ?? "(deleted team)", url: Paths.item(slug, .teams, row.teamID)),
                           .text(ChangeLoadModel.monthLabel(row.month)), .text(String(row.added)),
                           .badge("\(row.total) of \(outlook.loadLimit)", tone: row.total > outlook.loadLimit ? .bad : .neutral)]
                      },
                      emptyMessage: "It groups no planned change under way, so it adds no load.",
                      action: (label: "Change load", url: Paths.page(slug, .changeLoad, query: outlook.load.first.map {
                          ["from": ChangeLoadModel.monthValue($0.month)] } ?? [:])))
    }

    var customers: DetailSection {
        let heard = outlook.customers
        return DetailSection(title: "Customers it reaches (\(counted(heard.count, "customer")) heard since \(heard.since))",
                             columns: ["Segment", "Customers"],
                             rows: heard.segments.map { [.text($0.segment.isEmpty ? "No segment" : $0.segment), .text(String($0.customers))] },
                             emptyMessage: "No customer was heard on the touchpoints its changes and initiatives reach since \(heard.since).")
    }

    /// Once done: the projection it was approved on beside the index now, and each initiative's customers before and after.
    func happened(_ outcome: InvestmentOutlook.Outcome) -> DetailSection {
        let investment = outlook.investment
        let actual = difference(investment.projectedBefore, outcome.indexNow)
        let projected = difference(investment.projectedBefore, investment.projectedAfter)
        var rows: [[Cell]] = [[.text("Alignment index"), figureText(investment.projectedBefore), figureText(investment.projectedAfter),
                               .text("\(figureText(outcome.indexNow).plain) in \(outcome.month)"), .text(Self.versus(projected, actual))]]
        for (initiative, effect) in outcome.effects {
            for measure in effect.measures where measure.before != nil || measure.after != nil {
                rows.append([.link("\(initiative.title): \(measure.name)", url: Paths.step(slug, .initiatives, initiative.id, .effect)),
                             estimate(measure.before), .muted("not projected"), estimate(measure.after),
                             .text(measure.change.map { String(format: "%+.1f", $0) + (measure.isClear ? ", clear" : ", within the margins") } ?? "—")])
            }
        }
        return DetailSection(title: "Projected and what happened", columns: ["Figure", "At approval", "Projected", "Actual", "Projected vs actual change"],
                             rows: rows, emptyMessage: "")
    }

    static func versus(_ projected: Int?, _ actual: Int?) -> String {
        guard let projected, let actual else { return "not enough to compare" }
        return "projected \(projected >= 0 ? "+" : "")\(projected), actual \(actual >= 0 ? "+" : "")\(actual)"
    }

    private func figureText(_ value: Int?) -> Cell { value.map { .text(String($0)) } ?? .muted("no figure") }

    private func estimate(_ value: ScoreEstimate?) -> Cell {
        value.map { .text(String(format: "%.1f ± %.1f (n = %d)", $0.value, $0.margin, $0.count)) } ?? .muted("no answers")
    }
}

private func difference(_ from: Int?, _ to: Int?) -> Int? { from.flatMap { from in to.map { $0 - from } } }

private extension Cell {
    var plain: String {
        switch self {
        case .text(let text), .muted(let text): text
        default: ""
        }
    }
}

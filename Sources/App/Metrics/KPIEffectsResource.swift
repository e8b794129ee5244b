import Domain
import Foundation
import Persistence
import Web

/// Declared effects: what a KPI, moved the way its team is rewarded for, does to a customer outcome or another KPI.
struct KPIEffectsResource: Resource {
    typealias Rules = KPIEffectRules
    static let singular = "KPI effect", plural = "KPI effects"
    static let navSection = "metrics"
    static let emptyMessage = "No effects declared yet. Open a KPI and declare which customer outcomes it pushes up or down."
    static let needs: Set<Lookups.Need> = [.teams, .kpis, .outcomes]
    static let columns = ["KPI", "Effect", "On", "Why"]

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.kpi(item.kpiID)?.name ?? "KPI") \(item.sign == .raises ? "pushes up" : "pushes down") \(target(item.content, lookups))"
    }

    static func target(_ effect: KPIEffect, _ lookups: Lookups) -> String {
        switch effect.target {
        case .outcome(let id): lookups.outcomes.first { $0.id == id }?.name ?? "an outcome"
        case .kpi(let id): lookups.kpi(id)?.name ?? "a KPI"
        }
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("kpi_id", "KPI", .select(lookups.kpiOptions, blank: "Choose the KPI"), required: true),
         FormField.choice("sign", "Moved the way its team is rewarded for, it…", EffectSign.self),
         FormField("outcome_id", "…this customer outcome", .select(lookups.outcomes.map { FormField.Option($0.id.uuidString, $0.name) }, blank: "None: another KPI"),
                   hint: "Choose a customer outcome or another KPI, not both."),
         FormField("driven_kpi_id", "…or this other KPI", .select(lookups.kpiOptions, blank: "None: a customer outcome")),
         FormField("reason", "Why", .textarea(rows: 2), hint: "e.g. Sales promise early connection dates to close the deal.", required: true)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("kpi_id", "KPI", options: lookups.kpiOptions, selected: current["kpi_id"]),
         FilterControl("outcome_id", "Customer outcome", options: lookups.outcomes.map { FormField.Option($0.id.uuidString, $0.name) }, selected: current["outcome_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.kpi(item.kpiID)?.name ?? "", url: Paths.item(slug, .kpis, item.kpiID))]
            + effectRow(item, outcomes: lookups.outcomes, kpis: lookups.kpis, slug: slug)
    }

    /// Effect, what it acts on (linked), and why.
    static func effectRow(_ item: Item, outcomes: [Stored<CustomerOutcome>], kpis: [Stored<KPI>], slug: String) -> [Cell] {
        let on: Cell = switch item.target {
        case .outcome(let id): .link(outcomes.first { $0.id == id }?.name ?? "", url: Paths.item(slug, .outcomes, id))
        case .kpi(let id): .link((kpis.first { $0.id == id }?.name ?? "") + " (KPI)", url: Paths.item(slug, .kpis, id))
        }
        return [.link(item.sign.label, url: Paths.item(slug, kind, item.id)), on, .text(item.reason)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        let cells = effectRow(item, outcomes: lookups.outcomes, kpis: lookups.kpis, slug: slug)
        return [Fact("KPI", .link(lookups.kpi(item.kpiID)?.name ?? "", url: Paths.item(slug, .kpis, item.kpiID))),
                Fact("Moved the way its team is rewarded for", .text(item.sign.label)), Fact("On", cells[1]), Fact("Why", .text(item.reason))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .kpis, item.kpiID) }
}

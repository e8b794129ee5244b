import Domain
import Foundation
import Persistence
import Web

/// KPI values over time: one per KPI, period and dimension.
struct KPIValuesResource: Resource {
    typealias Rules = KPIValueRules
    static let singular = "KPI value", plural = "KPI values"
    static let navSection = "metrics"
    static let emptyMessage = "No values yet. Add a KPI's value for a period, e.g. its monthly figure dated the first of the month."
    static let needs: Set<Lookups.Need> = [.teams, .kpis]
    static let columns = ["KPI", "Period", "Value", "Dimension"]

    static var defaults: FormInput { .from([("period", CalendarDate.today.firstOfMonth.description)]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { "\(lookups.kpi(item.kpiID)?.name ?? "KPI"), \(item.period)" }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("kpi_id", "KPI", .select(lookups.kpiOptions, blank: "Choose the KPI"), required: true),
         FormField("period", "Period", .date, hint: "The day the value stands for: the first of the month for a monthly figure.", required: true),
         FormField("value", "Value", .decimal, required: true),
         FormField("dimension", "Dimension", hint: "Optional, e.g. region: north. One value per KPI, period and dimension.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("kpi_id", "KPI", options: lookups.kpiOptions, selected: current["kpi_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.kpi(item.kpiID)?.name ?? "", url: Paths.item(slug, .kpis, item.kpiID)),
         .link(item.period.description, url: Paths.item(slug, kind, item.id)), .text(KPI.text(item.value)),
         item.dimension.isEmpty ? .muted("all") : .text(item.dimension)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("KPI", .link(lookups.kpi(item.kpiID)?.name ?? "", url: Paths.item(slug, .kpis, item.kpiID))),
         Fact("Period", .text(item.period.description)), Fact("Value", .text(KPI.text(item.value))),
         Fact("Dimension", item.dimension.isEmpty ? .muted("all") : .text(item.dimension))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .kpis, item.kpiID) }
}

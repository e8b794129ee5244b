import Domain
import Foundation
import Persistence
import Web

/// Teams' KPIs: what each team is rewarded for, and (on its page) what that does to customers and to other KPIs.
struct KPIsResource: Resource {
    typealias Rules = KPIRules
    static let singular = "KPI", plural = "KPIs"
    static let navSection = "metrics"
    static let emptyMessage = "No KPIs yet. Add what each team is measured and rewarded for, then declare what moving it does to customers."
    static let needs: Set<Lookups.Need> = [.teams]
    static let columns = ["KPI", "Team", "Rewarded for", "Target"]

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("What metrics pull apart", Paths.page(slug, .metricConflicts)), ("Customer outcomes", Paths.list(slug, .outcomes)),
         ("Import values", Paths.page(slug, .kpiValuesImport))]
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("team_id", "Team", .select(lookups.teamOptions, blank: "Choose the team measured by it"), required: true),
         FormField("name", "Name", hint: "e.g. Connections signed, Average handle time", required: true),
         FormField("unit", "Unit", hint: "e.g. per month, seconds, %"),
         FormField.choice("rewarded", "Rewarded for", RewardedDirection.self, hint: "Which way the team is rewarded for moving it."),
         FormField("target", "Target", .decimal),
         FormField("range_low", "Range from", .decimal, hint: "Only for a KPI rewarded for staying within a range."),
         FormField("range_high", "Range to", .decimal),
         FormField("description", "How it is counted", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("rewarded", "Rewarded for", options: option(RewardedDirection.self), selected: current["rewarded"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), .link(lookups.team(item.teamID) ?? "", url: Paths.item(slug, .teams, item.teamID)),
         .text(rewarded(item.content)), item.target.map { .text(KPI.text($0) + (item.unit.isEmpty ? "" : " \(item.unit)")) } ?? .muted("none")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Team", .link(lookups.team(item.teamID) ?? "", url: Paths.item(slug, .teams, item.teamID))),
         Fact("Unit", item.unit.isEmpty ? .muted("not stated") : .text(item.unit)),
         Fact("Rewarded for", .text(rewarded(item.content))),
         Fact("Target", item.target.map { .text(KPI.text($0)) } ?? .muted("none")),
         Fact("How it is counted", item.description.isEmpty ? .muted("not written") : .text(item.description))]
    }

    static func rewarded(_ kpi: KPI) -> String {
        switch kpi.rewarded {
        case .up: "Going up"
        case .down: "Going down"
        case .range: "Staying within \(kpi.rangeLow.map(KPI.text) ?? "?")–\(kpi.rangeHigh.map(KPI.text) ?? "?")"
        }
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let slug = ctx.slug, id = item.id.uuidString
        let effects = try await ctx.records(KPIEffectsResource.self).all(filters: ListFilters(["kpi_id": id]))
        let values = try await ctx.records(KPIValuesResource.self).list(filters: ListFilters(["kpi_id": id]), page: Pagination(page: 1, per: 12))
        let outcomes = try await ctx.records(CustomerOutcomesResource.self).all()
        let kpis = try await ctx.records(KPIsResource.self).all()
        return [
            DetailSection(title: "What it does, moved the way the team is rewarded for", columns: ["Effect", "On", "Why"],
                          rows: effects.map { KPIEffectsResource.effectRow($0, outcomes: outcomes, kpis: kpis, slug: slug) },
                          emptyMessage: "No effect declared yet: say which customer outcomes it pushes up or down, and which other KPIs it drives.",
                          action: ("Declare an effect", Paths.new(slug, .kpiEffects, query: ["kpi_id": id]))),
            DetailSection(title: "Latest values", columns: ["Period", "Value", "Dimension"],
                          rows: values.items.map { [.link($0.period.description, url: Paths.item(slug, .kpiValues, $0.id)), .text(KPI.text($0.value)),
                                                    $0.dimension.isEmpty ? .muted("all") : .text($0.dimension)] },
                          emptyMessage: "No values yet.", action: ("Add a value", Paths.new(slug, .kpiValues, query: ["kpi_id": id]))),
            DetailSection(title: "Charter commitments it measures", columns: ["Commitment"],
                          rows: try await ctx.records(CommitmentsResource.self).all(filters: ListFilters(["kpi_id": id]))
                              .map { [.link($0.text, url: Paths.item(slug, .commitments, $0.id))] },
                          emptyMessage: "No charter commitment names it as its measure."),
        ]
    }
}

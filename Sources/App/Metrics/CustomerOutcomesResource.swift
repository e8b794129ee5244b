import Domain
import Foundation
import Persistence
import Web

/// What customers need, placed on the journey stages and touchpoints where it is won or lost.
struct CustomerOutcomesResource: Resource {
    typealias Rules = CustomerOutcomeRules
    static let singular = "customer outcome", plural = "Customer outcomes"
    static let navSection = "metrics"
    static let emptyMessage = "No customer outcomes yet. Write what customers need in their words, e.g. “Connected on the date we promised”, and place it on the journey."
    static let needs: Set<Lookups.Need> = [.journeys, .stages, .touchpoints]
    static let columns = ["Customer outcome", "Where it is won or lost"]

    static func listActions(slug: String) -> [(label: String, url: String)] { [("KPIs", Paths.list(slug, .kpis))] }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "What customers need", hint: "In their words, e.g. “Bill understood first time”.", required: true),
         FormField("description", "Described", .textarea(rows: 2)),
         FormField("stage_ids", "Journey stages", .checkboxes(lookups.stageOptions)),
         FormField("touchpoint_ids", "Touchpoints", .checkboxes(lookups.touchpointOptions), hint: "At least one stage or touchpoint.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] { [] }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), .text(places(item, lookups))]
    }

    static func places(_ item: Item, _ lookups: Lookups) -> String {
        (item.stageIDs.compactMap { lookups.stage($0).map { "\(lookups.journey($0.journeyID) ?? "") › \($0.name)" } }
            + item.touchpointIDs.map { lookups.touchpointPath($0) }).joined(separator: "; ")
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("What customers need", .text(item.name)), Fact("Described", item.description.isEmpty ? .muted("not written") : .text(item.description)),
         Fact("Where it is won or lost", .text(places(item, lookups)))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let effects = try await ctx.records(KPIEffectsResource.self).all(filters: ListFilters(["outcome_id": item.id.uuidString]))
        let kpis = try await ctx.records(KPIsResource.self).all()
        return [try await measured(item, ctx), DetailSection(title: "KPIs that move it", columns: ["KPI", "Effect", "Why"],
                              rows: effects.map { effect in
                                  [.link(kpis.first { $0.id == effect.kpiID }?.name ?? "", url: Paths.item(ctx.slug, .kpis, effect.kpiID)),
                                   .text(effect.sign.label), .text(effect.reason)]
                              },
                              emptyMessage: "No KPI declares an effect on it: nothing the teams are measured on pushes it up.")]
    }

    /// What Align holds on the outcome's touchpoints: feedback, customers, confirmed friction and the monthly score, each linked.
    static func measured(_ item: Item, _ ctx: OrgContext) async throws -> DetailSection {
        let (reach, scores) = try await Metrics(scope: ctx.scope).measured(item)
        let slug = ctx.slug
        var rows: [[Cell]] = [
            [.text("Feedback items"), .text("\(reach.feedbackItems), \(reach.negativeItems) negative")],
            [.text("Customers heard"), .text(String(reach.customers))],
            [.text("Confirmed friction points"), reach.confirmedFrictions.isEmpty ? .muted("none")
                : .link("\(reach.confirmedFrictions.count) open, confirmed by feedback", url: Paths.page(slug, .legitimize))],
        ]
        if let series = MonthScore.mainSeries(scores) {
            let months = series.byMonth.keys.sorted().suffix(6)
            rows.append([.text("\(series.scale.uppercased()) by month"),
                         .link(months.map { "\($0): \(Int(series.byMonth[$0]!.rounded()))" }.joined(separator: " · "),
                               url: Paths.page(slug, .scores, query: ["by": "month"]))])
        }
        return DetailSection(title: "Measured where it is won or lost (\(reach.touchpoints.count) touchpoint\(reach.touchpoints.count == 1 ? "" : "s"))",
                             columns: ["Measure", "What Align holds"], rows: reach.touchpoints.isEmpty ? [] : rows,
                             emptyMessage: "Placed on no touchpoint yet: place it on stages or touchpoints to measure it.")
    }
}

import Domain
import Foundation
import Persistence
import Web

/// Investments (operational or capital): the changes and initiatives money pays for, shown with what they would do to
/// alignment before anyone approves them, and, once done, beside what happened.
struct InvestmentsResource: Resource {
    typealias Rules = InvestmentRules
    static let singular = "investment", plural = "Investments"
    static let navSection = "changes"
    static let emptyMessage = "No investments yet. Propose one (a new system, more people on a line) and group the planned changes and "
        + "initiatives it pays for: Align shows what it would do to alignment before it is approved."
    static let needs: Set<Lookups.Need> = [.changes, .initiatives]
    static let formNeeds: Set<Lookups.Need> = [.changes, .initiatives, .themes, .kpis, .teams]
    static let columns = ["Investment", "Kind", "Cost", "Groups", "Index projected", "Status"]
    static var defaults: FormInput { FormInput.from([("currency", "GBP")]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    static func listActions(slug: String) -> [(label: String, url: String)] { [("Changes", Paths.list(slug, .changes))] }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", required: true),
         FormField("kind", "Kind", .select(option(InvestmentKind.self), blank: "Choose a kind"), required: true),
         FormField("description", "Description", .textarea(rows: 3), hint: "What it buys, and why now."),
         FormField("cost", "Cost", hint: "Digits, with at most two decimals after a point: 480000 or 1250.50.", required: true),
         FormField("currency", "Currency", hint: "A three-letter code: GBP, EUR, USD.", required: true),
         FormField("change_ids", "Planned changes it pays for", .checkboxes(lookups.changeOptions)),
         FormField("initiative_ids", "Initiatives it pays for", .checkboxes(lookups.initiativeOptions),
                   hint: "Their frictions count as addressed; their handoff owners and verification count in the projection."),
         FormField("blind_spots", "Blind spots it answers", .checkboxes(lookups.themes.map { FormField.Option($0, $0) }),
                   hint: "Themes customers raise that no confirmed friction explains."),
         FormField("kpi_rewards", "KPIs it rewards differently", .checkboxes(kpiRewardOptions(lookups)),
                   hint: "Align sets the KPI conflicts this would create or remove beside today's.")]
    }

    /// For each KPI, the ways it is not rewarded today, and no reward at all.
    static func kpiRewardOptions(_ lookups: Lookups) -> [FormField.Option] {
        lookups.kpis.flatMap { kpi in
            (RewardedDirection.allCases.filter { $0 != kpi.rewarded }.map(Optional.some) + [nil]).map { way in
                FormField.Option(KPIRewardChange(kpiID: kpi.id, rewarded: way).formValue, "\(kpi.name): \(rewardLabel(way))",
                                 group: lookups.team(kpi.teamID))
            }
        }
    }

    static func rewardLabel(_ way: RewardedDirection?) -> String {
        switch way {
        case .up: "reward going up"
        case .down: "reward going down"
        case .range: "reward staying within a range"
        case nil: "no longer rewarded"
        }
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("status", "Status", options: option(InvestmentStatus.self), selected: current["status"]),
         FilterControl("kind", "Kind", options: option(InvestmentKind.self), selected: current["kind"]),
         FilterControl("change_id", "Planned change", options: lookups.changeOptions, selected: current["change_id"]),
         FilterControl("initiative_id", "Initiative", options: lookups.initiativeOptions, selected: current["initiative_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)), .text(item.kind.label), .text(Money.display(item.cost, currency: item.currency)),
         .text("\(counted(item.changeIDs.count, "change")), \(counted(item.initiativeIDs.count, "initiative"))"),
         projected(item.content), statusBadge(item.status)]
    }

    static func projected(_ investment: Investment) -> Cell {
        guard let before = investment.projectedBefore, let after = investment.projectedAfter else { return .muted("when approved") }
        return .text("\(before) → \(after)")
    }

    static func statusBadge(_ status: InvestmentStatus) -> Cell {
        let tone: Cell.Tone = switch status { case .proposed: .neutral; case .approved: .warn; case .done: .good; case .rejected: .bad }
        return .badge(status.label, tone: tone)
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Kind", .text(item.kind.label)), Fact("Cost", .text(Money.display(item.cost, currency: item.currency))),
         Fact("Status", statusBadge(item.status)),
         Fact("Description", item.description.isEmpty ? .muted("none") : .prose(item.description))]
            + (item.decidedOn.map { [Fact(item.status == .rejected ? "Rejected on" : "Approved on", .text($0.description))] } ?? [])
            + (item.doneOn.map { [Fact("Done on", .text($0.description))] } ?? [])
            + decide(item, slug: slug)
    }

    /// The next decision, each behind a confirmation that shows what is kept.
    static func decide(_ item: Item, slug: String) -> [Fact] {
        switch item.status {
        case .proposed: [Fact("Decide", .group([.link("Approve…", url: Paths.step(slug, .investments, item.id, .approve)),
                                                .link("Reject…", url: Paths.step(slug, .investments, item.id, .reject))]))]
        case .approved: [Fact("When it is done", .link("Mark done…", url: Paths.step(slug, .investments, item.id, .complete)))]
        case .done, .rejected: []
        }
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let outlook = try await Investments(ctx.scope).outlook(of: item.id)
        let names = try await InvestmentSections.lookups(outlook, ctx.scope)
        return InvestmentSections(outlook: outlook, lookups: names, slug: ctx.slug).all
            + [try await RevisionHistory.section(kind: .investments, id: item.id, ctx)]
    }
}

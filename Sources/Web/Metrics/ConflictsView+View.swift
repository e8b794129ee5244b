import Domain
import Foundation
import Plot

/// What metrics are pulling the organization apart, and why: each conflict with its path, hop by hop.
public enum ConflictsView {
    public static func render(_ model: ConflictsModel, shell: PageShell) -> String {
        let slug = model.slug
        return shell.render([
            .p(.class("breadcrumb"), .link("← KPIs", to: Paths.list(slug, .kpis)), .text(" · "), .link("Customer outcomes", to: Paths.list(slug, .outcomes))),
            pageHeading("What metrics are pulling us apart", lead: "Found from what \(model.kpiCount) KPIs declare they do to \(model.outcomeCount) customer outcomes, "
                + "each moved the way its team is rewarded for. Ranked by the feedback heard where the outcome is won or lost, then the negative part of it; customers are counted for the conflicts shown."),
            model.kpiCount == 0 || model.outcomeCount == 0
                ? .div(.class("empty-state"), .p(.text("Nothing to compare yet. "), .link("Add the teams' KPIs", to: Paths.list(slug, .kpis)), .text(" and "),
                                                 .link("what customers need", to: Paths.list(slug, .outcomes)), .text(", then declare what each KPI does to them.")))
                : .empty,
            diagram(model),
            section("Opposed measures", model.totals.opposed, empty: "No two teams' KPIs push one outcome in opposite directions.",
                    model.opposed.map(opposed)),
            section("Measures customers pay for", model.totals.paid, empty: "No KPI pushes down an outcome customers complain about.",
                    model.paid.map(paid)),
            section("Unmeasured promises", model.totals.unmeasured, empty: "Every customer outcome has a KPI that pushes it up.",
                    model.unmeasured.map { .li(.class("conflict"), reach($0), .p(.class("muted"), .text("No KPI pushes it up."))) }),
            .if(model.unmeasuredCommitments > 0, .p(.link("\(model.unmeasuredCommitments) charter commitment\(model.unmeasuredCommitments == 1 ? "" : "s") no KPI measures",
                                                          to: Paths.list(slug, .commitments, query: ["kpi_id": "none"])),
                                                    .text(": promises whose keeping nothing counts."))),
            pageNav(label: "Pages of conflicts", summary: "Page \(model.page) of \(model.pageCount), \(perPage) of each kind a page, the most feedback first",
                    page: model.page, pageCount: model.pageCount) { Paths.page(slug, .metricConflicts, query: ["page": String($0)]) },
        ])
    }

    static func diagram(_ model: ConflictsModel) -> Node<HTML.BodyContext> {
        guard let diagram = model.diagram, !diagram.nodes.isEmpty else { return .empty }
        return .element(named: "section", nodes: [
            .h2(.text("The paths on this page, drawn")),
            .p(.class("muted"), .text("Solid arrows marked + raise what they point to, dashed ones marked − lower it; each box opens its KPI or outcome. "),
               .link("Every declared effect as Mermaid", to: Paths.page(model.slug, .metricGraph))),
            MetricDiagramView.svg(diagram, title: "KPIs and the customer outcomes they push, as declared", links: model.diagramLinks),
        ])
    }

    /// Conflicts of each kind on one page.
    public static let perPage = 20

    static func section(_ title: String, _ count: Int, empty: String, _ items: [Node<HTML.ListContext>]) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [.h2(.safe("\(title) (\(count))")), items.isEmpty ? .p(.class("muted"), .safe(empty)) : .ol(.class("conflicts"), .group(items))])
    }

    static func opposed(_ conflict: ConflictsModel.Opposed) -> Node<HTML.ListContext> {
        .li(.class("conflict"), reach(conflict.reach), push(conflict.raising), push(conflict.lowering),
            .p(.link("Make it an initiative", to: conflict.initiativeURL, class: "button")))
    }

    static func paid(_ conflict: ConflictsModel.Paid) -> Node<HTML.ListContext> {
        .li(.class("conflict"), reach(conflict.reach), push(conflict.push),
            .if(!conflict.frictions.isEmpty, .p(.text("Confirmed friction there: "), .group(links(conflict.frictions)))),
            .if(!conflict.quotes.isEmpty, .p(.text("What customers said: "), .group(links(conflict.quotes)))),
            .p(.link("Make it an initiative", to: conflict.initiativeURL, class: "button")))
    }

    /// Links separated by semicolons.
    static func links(_ named: [ConflictsModel.Named]) -> [Node<HTML.BodyContext>] {
        var nodes: [Node<HTML.BodyContext>] = []
        for (index, item) in named.enumerated() {
            if index > 0 { nodes.append(.text("; ")) }
            nodes.append(.a(.href(item.url), .text(item.name)))
        }
        return nodes
    }

    static func reach(_ reach: ConflictsModel.Reach) -> Node<HTML.BodyContext> {
        .h3(.a(.href(reach.outcome.url), .text(reach.outcome.name)),
            .span(.class("muted"), .text(" · \(reach.customers) customers, \(reach.feedbackItems) feedback items (\(reach.negativeItems) negative)")))
    }

    static func push(_ push: ConflictsModel.Push) -> Node<HTML.BodyContext> {
        .div(.class("push push--\(push.sign.rawValue)"),
             .p(.a(.href(push.team.url), .text(push.team.name)), .text("’s "), .a(.href(push.kpi.url), .text(push.kpi.name)),
                .text(" (rewarded for \(push.rewarded)) "), .strong(.text(push.sign == .raises ? "pushes it up" : "pushes it down"))),
             .ol(.class("path"), .forEach(push.hops) { hop in
                 .li(.a(.href(hop.from.url), .text(hop.from.name)), .text(hop.sign == .raises ? " ↑ " : " ↓ "), .a(.href(hop.to.url), .text(hop.to.name)),
                     .text(": "), .em(.text(hop.reason)))
             }),
             .unwrap(push.evidence) { evidence in
                 .p(.class("evidence evidence--\(evidence.verdict?.rawValue ?? "none")"), .strong(.text(evidence.verdict == .contradicts ? "Contradicted by the data: " : "Evidence: ")),
                    .a(.href(push.kpi.url), .text(evidence.summary)))
             })
    }
}

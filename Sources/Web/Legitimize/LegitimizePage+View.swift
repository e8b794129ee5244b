import Domain
import Foundation
import Plot

/// Confirmed, blind spots and unvalidated, each ranked by a priority whose formula is on the page.
public enum LegitimizePage {
    public static func render(_ model: LegitimizeModel, shell: PageShell) -> String {
        shell.render([
            pageHeading("Legitimize", lead: "What customers say, set beside what the team already believes. Align proposes links between feedback and the frictions on the same touchpoints, handoffs and policies; a person confirms or rejects each.",
                        actions: [buttonLink("Review proposed links (\(model.waitingProposals))", to: Paths.page(model.slug, .links, query: ["status": "proposed"]), primary: true)]
                            + (model.canCurate ? [postButton("Find links again", to: Paths.page(model.slug, .proposeLinks))] : [])),
            .nav(.class("view-tabs"), .attr("aria-label", "Legitimize views"), .group(LegitimizeView.allCases.map { view in
                .element(named: "a", nodes: [.attr("href", Paths.page(model.slug, .legitimize, query: ["view": view.rawValue])), view == model.view ? .attr("aria-current", "page") : .empty,
                                              .text("\(view.label) (\(model.counts[view] ?? 0))")])
            })),
            .p(.class("lead"), .text(model.view.explanation)),
            formula,
            model.rows.isEmpty ? .p(.class("empty-state"), .text(emptyMessage(model.view))) : table(model),
            pageLinks(base: Paths.page(model.slug, .legitimize, query: ["view": model.view.rawValue]) + "&", page: model.page, pageCount: model.pageCount),
        ])
    }

    static func table(_ model: LegitimizeModel) -> Node<HTML.BodyContext> {
        recordTable(["#", model.view == .blindSpots ? "Theme" : "Friction", "Items", "F frequency", "S severity", "P customers' priority", "V value tier", "R recency", "Priority", "Proposals"],
                    model.rows.enumerated().map { index, row in
            let score = row.score
            return [.text("\(model.firstRank + index)"), .group([.link(row.title, url: row.url), .muted(row.note)]),
                    row.itemsURL.map { .link("\(row.items)", url: $0) } ?? .text("\(row.items)"),
                    part(score.frequency), part(score.severity), part(score.customerPriority), part(score.valueTier), part(score.recency),
                    .text(String(format: "%.0f", score.total)),
                    row.proposals > 0 ? .link("\(row.proposals) to review", url: row.proposalsURL ?? "") : .muted("none")]
        }, caption: "\(model.view.label), highest priority first")
    }

    static func part(_ value: Double) -> Cell { .text(String(format: "%.2f", value)) }

    static var formula: Node<HTML.BodyContext> {
        .section(.class("formula"), .attr("aria-labelledby", "formula-heading"),
            .h2(.id("formula-heading"), .text("How priority is computed")),
            .p(.element(named: "code", text: PriorityScore.formula)),
            .ul(.li(.text("F, frequency: how many feedback items, ln(1 + n) ÷ ln(1 + the most items behind any entry).")),
                .li(.text("S, severity: the team's severity ÷ 5; for a blind spot, which the team has not rated, the mean negativity of its items.")),
                .li(.text("P, customers' own priority: the mean of the priorities customers gave (1–5) ÷ 5; items without one count as 3.")),
                .li(.text("V, customer value tier: the highest among the customers who said it — strategic 1, high 0.75, medium 0.5, low 0.25, none known 0.")),
                .li(.text("R, recency: 0.5 to the power of (days since the newest item ÷ 90); for an unvalidated friction, days since it was recorded."))))
    }

    static func emptyMessage(_ view: LegitimizeView) -> String {
        switch view {
        case .confirmed: "Nothing confirmed yet. Review the proposed links and confirm those where customers describe a friction the team recorded."
        case .blindSpots: "No blind spots: every complaint is explained by a confirmed friction, or there is no friction or negative feedback yet."
        case .unvalidated: "No unvalidated frictions: every open friction has customers' words behind it, or none is recorded yet."
        }
    }
}

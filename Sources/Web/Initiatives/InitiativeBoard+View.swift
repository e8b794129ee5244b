import Domain
import Foundation
import Plot

/// The initiative board: a column per status, or per owner team.
public enum InitiativeBoard {
    public static func render(_ model: InitiativeBoardModel, shell: PageShell) -> String {
        let total = model.columns.reduce(0) { $0 + $1.cards.count }
        return shell.render([
            .p(.class("breadcrumb"), .link("← All initiatives", to: Paths.list(model.slug, .initiatives))),
            pageHeading("Initiative board", lead: "Integrate: every initiative from proposed to verified. Overdue ones and open capability needs are flagged.",
                        actions: (model.canCreate ? [buttonLink("New initiative", to: Paths.new(model.slug, .initiatives), primary: true)] : [])
                            + [buttonLink("My initiatives", to: Paths.page(model.slug, .myInitiatives))]),
            .nav(.class("view-tabs"), .attr("aria-label", "Group the board"), .group([("status", "By status"), ("team", "By owner team")].map { value, label in
                .element(named: "a", nodes: [.attr("href", Paths.page(model.slug, .board, query: ["by": value])), model.grouping.rawValue == value ? .attr("aria-current", "page") : .empty,
                                              .text(label)])
            })),
            .if(!model.fatigue.isEmpty, .div(.class("warning"), .attr("role", "note"), .h2(.text("Change fatigue")),
                                             .ul(.forEach(model.fatigue) { .li(.safe($0)) }))),
            total == 0 ? .p(.class("empty-state"), .text("No initiatives yet. Start from a confirmed friction on the Legitimize page: name the change, its owner and a date."))
                : .div(.class("board"), .group(model.columns.map(column))),
        ])
    }

    static func column(_ column: (title: String, cards: [InitiativeCard])) -> Node<HTML.BodyContext> {
        .section(.class("board-column"), .attr("aria-label", column.title),
            .h2(.safe("\(column.title) (\(column.cards.count))")),
            column.cards.isEmpty ? .p(.class("muted"), .text("None")) : .ul(.class("cards"), .forEach(column.cards) { card in
                .li(.class("card"),
                    .link(card.title, to: card.url, class: "card-title"),
                    .p(.class("muted"), .safe("\(card.status.label) · \(card.owner.isEmpty ? "no owner" : card.owner)")),
                    .p(.safe("Due \(card.dueDate)"), card.overdue ? .span(.class("badge badge--bad"), .text("Overdue")) : .empty),
                    .if(card.openNeeds > 0, .p(.class("badge badge--warn"), .safe("\(card.openNeeds) open capability need\(card.openNeeds == 1 ? "" : "s")"))))
            }))
    }
}

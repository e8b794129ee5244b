import Domain
import Foundation
import Plot

public enum NurturePage {
    public static func render(_ model: NurtureModel, shell: PageShell) -> String {
        let base = Paths.page(model.slug, .nurture)
        return shell.render([
            pageHeading("Nurture", lead: "Go back to customers: thank them with what you heard and plan to do, check in at the months the organization chose, and tell them what changed.",
                        actions: [buttonLink("Inbox (\(model.unreadInbox))", to: Paths.page(model.slug, .inbox)),
                                  buttonLink("My calendar feed", to: Paths.page(model.slug, .calendar)),
                                  buttonLink("All check-ins", to: Paths.list(model.slug, .checkIns)),
                                  buttonLink("Webhook deliveries", to: Paths.page(model.slug, .deliveries))]
                            + (model.isAdmin ? [buttonLink("Settings", to: Paths.page(model.slug, .nurtureSettings))] : [])),
            .nav(.class("view-tabs"), .attr("aria-label", "Nurture views"), .group(NurtureView.allCases.map { view in
                .element(named: "a", nodes: [.attr("href", Paths.page(model.slug, .nurture, query: ["view": view.rawValue])), view == model.view ? .attr("aria-current", "page") : .empty,
                                              .text("\(view.label) (\(model.counts[view] ?? 0))")])
            })),
            model.rows.isEmpty ? .p(.class("empty-state"), .safe(model.empty)) : recordTable(model.columns, model.rows),
            pageLinks(base: base + "?view=" + model.view.rawValue + "&", page: model.page, pageCount: model.pageCount),
        ])
    }
}

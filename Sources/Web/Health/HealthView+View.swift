import Domain
import Foundation
import Plot

/// The 4C health page.
public enum HealthView {
    public static func render(_ model: HealthModel, shell: PageShell) -> String {
        shell.render([
            pageHeading("4C health", lead: lead(model), actions: model.canEdit ? [buttonLink("Limits", to: Paths.page(model.slug, .healthLimits)),
                                                                                   buttonLink("Escalations", to: Paths.list(model.slug, .escalations))] : []),
            model.pulses.isEmpty ? .div(.class("empty-state"), .p(.text("No pulse has asked about the four experiences yet: the scores come from one. "),
                                                                 .link("Send a pulse", to: Paths.page(model.slug, .newRecord(.pulses))),
                                                                 .text(" with the 4C questions. The signals below need none."))) : .empty,
            .div(.class("table-scroll"), .table(.class("heat-table health-table"),
                .caption(.text("Teams by experience: the pulse's % favourable (4 or 5 of 5), its trend, and the signals from outside")),
                .thead(.tr(.th(.attr("scope", "col"), .text("Team")), .forEach(FourC.allCases) { .th(.attr("scope", "col"), .safe($0.label)) })),
                .tbody(.forEach([model.organization] + model.teams) { health in
                    .tr(.th(.attr("scope", "row"), health.teamID.map { .link(health.name, to: Paths.item(model.slug, .teams, $0)) } ?? .text(health.name),
                            .span(.class("signs"), .safe(headcount(health)))),
                        .forEach(FourC.allCases) { HealthCellView.cell($0, health, model) })
                }))),
            pager(model),
            .p(.class("muted"), .safe("Limits: pulse below \(model.limits.favourableBelow)% favourable; NPS below \(model.limits.npsBelow); more than \(model.limits.openFrictionsAbove) open friction points; "
                + "more than \(model.limits.leaverRateAbove)% leavers in twelve months; more than \(model.limits.communityIssuesAbove) handoff problems and escalations (90 days); "
                + "fewer than \(model.limits.commitmentsKeptBelow)% of assessed charter commitments kept.")),
        ])
    }

    static func lead(_ model: HealthModel) -> String {
        guard let latest = model.pulses.last else { return "No pulse yet." }
        let trend = model.pulses.count > 1 ? " Trends go back to \(model.pulses[0].title)." : ""
        return "Scores from \(latest.title) (sent \(latest.sentOn)); figures only for groups of at least \(model.threshold).\(trend)"
    }

    static func pager(_ model: HealthModel) -> Node<HTML.BodyContext> {
        pageNav(label: "Pages", summary: "Page \(model.page) of \(model.pageCount) · \(model.teamCount) teams", page: model.page, pageCount: model.pageCount) {
            Paths.page(model.slug, .health, query: ["page": String($0)])
        }
    }

    static func headcount(_ health: TeamHealth) -> String {
        "\(health.signals.headcount) people"
    }
}

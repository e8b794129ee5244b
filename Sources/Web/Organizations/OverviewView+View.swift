import Domain
import Foundation
import Plot

public enum OverviewView {
    public static func render(_ model: OverviewModel, shell: PageShell) -> String {
        let org = model.organization, slug = org.slug
        return shell.render([
            pageHeading(org.name, lead: org.purpose.isEmpty ? nil : org.purpose, actions: [
                buttonLink("Edit organization", to: Paths.editOrganization(slug)),
                buttonLink("Delete…", to: Paths.deleteOrganization(slug)),
            ]),
            .if(!org.brandPromise.isEmpty, .p(.strong(.text("Brand promise: ")), .safe(org.brandPromise))),
            .unwrap(model.alignment) { AlignmentPanel.render($0) },
            .h2(.text("Findings")),
            .ul(.class("counts"),
                .li(.span(.class("number"), .text("\(model.unownedHandoffs)")),
                    .link("unowned handoffs", to: Paths.list(slug, .handoffs, query: ["owner": "none"]))),
                .li(.span(.class("number"), .text("\(model.repeatHandoffs)")),
                    .link("handoffs where the customer repeats information", to: Paths.list(slug, .handoffs, query: ["repeats": "yes"]))),
                .li(.span(.class("number"), .text("\(model.openFrictions)")),
                    .link("open frictions", to: Paths.list(slug, .frictions, query: ["status": "open"])))),
            .h2(.text("Open frictions by kind")),
            .ul(.class("counts"), .forEach(FrictionKind.allCases) { kind in
                .li(.span(.class("number"), .text("\(model.openFrictionsByKind[kind] ?? 0)")),
                    .link(kind.label, to: Paths.list(slug, .frictions, query: ["status": "open", "kind": kind.rawValue])))
            }),
            .div(.class("overview-grid"), journeys(model), teams(model)),
            goals(model),
            .h2(.text("Also here")),
            .ul(.li(.link("\(model.people) people", to: Paths.list(slug, .people))),
                .li(.link("\(model.customers) customers", to: Paths.list(slug, .customers))),
                .li(.link("\(model.processes) processes, policies and practices", to: Paths.list(slug, .processes)))),
        ])
    }

    static func journeys(_ model: OverviewModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return .section(.div(.class("section-heading"), .h2(.text("Journeys")), buttonLink("New journey", to: Paths.new(slug, .journeys))),
            model.journeys.isEmpty
                ? .p(.class("empty-state"), .text("No journeys yet. Map the first one: name it after what the customer is trying to do, e.g. \"Report a leak\"."))
                : .ul(.forEach(model.journeys) { journey in
                    .li(.link(journey.name, to: Paths.journeyMap(slug, journey.id)),
                        .span(.class("muted"), .safe(" — \(journey.stages) stages, \(journey.touchpoints) touchpoints"
                            + (journey.segment.isEmpty ? "" : " · \(journey.segment)"))))
                }),
            more(model.journeyCount, shown: model.journeys.count, "journeys", Paths.list(slug, .journeys)))
    }

    /// A link to the whole list when the overview shows only its start.
    static func more(_ total: Int, shown: Int, _ noun: String, _ url: String) -> Node<HTML.BodyContext> {
        total > shown ? .p(.link("All \(total) \(noun) →", to: url)) : .empty
    }

    static func teams(_ model: OverviewModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return .section(.div(.class("section-heading"), .h2(.text("Teams")), buttonLink("New team", to: Paths.new(slug, .teams))),
            model.teams.isEmpty
                ? .p(.class("empty-state"), .text("No teams yet. Start by adding the teams that meet customers or work behind them."))
                : .ul(.forEach(model.teams) { team in
                    .li(.link(team.name, to: Paths.item(slug, .teams, team.id)),
                        .span(.class("muted"), .safe(" — \(team.function.label), owns \(team.touchpoints) touchpoints")))
                }),
            more(model.teamCount, shown: model.teams.count, "teams", Paths.list(slug, .teams)))
    }

    static func goals(_ model: OverviewModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return .section(.div(.class("section-heading"), .h2(.text("Strategy goals")), buttonLink("New goal", to: Paths.new(slug, .goals))),
            model.goals.isEmpty
                ? .p(.class("empty-state"), .text("No strategy goals yet. Add the few goals every team's work should serve."))
                : .ul(.forEach(model.goals) { goal in
                    .li(.link(goal.title, to: Paths.item(slug, .goals, goal.id)),
                        .if(!goal.measure.isEmpty, .span(.class("muted"), .safe(" — measured by: \(goal.measure)"))))
                }))
    }
}

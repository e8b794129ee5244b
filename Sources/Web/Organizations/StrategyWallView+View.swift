import Domain
import Foundation
import Plot

/// The strategy wall page.
public enum StrategyWallView {
    public static func render(_ model: StrategyWallModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← Charter commitments", to: Paths.page(model.slug, .records(.commitments))), .text(" · "),
               .link("Charter gaps", to: Paths.page(model.slug, .charterGaps))),
            pageHeading("Strategy wall", lead: "The goals with the teams committed to each, and every team's charter poster."),
            .div(.class("charter-header"),
                 .p(.strong("Our purpose: "), .safe(model.purpose.isEmpty ? "not written yet" : model.purpose)),
                 .p(.strong("Our promise to customers: "), .safe(model.brandPromise.isEmpty ? "not written yet" : model.brandPromise))),
            goals(model),
            posters(model),
        ])
    }

    static func goals(_ model: StrategyWallModel) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .h2(.text("Goals (\(model.goals.count))")),
            model.goals.isEmpty
                ? .div(.class("empty-state"), .p(.text("No strategy goals yet. "), .link("Write the first goal", to: Paths.page(model.slug, .newRecord(.goals)))))
                : .table(.class("records"),
                    .thead(.tr(.th("Goal"), .th("Owner"), .th("Horizon"), .th("Measures that show progress"), .th("Teams committed"))),
                    .tbody(.forEach(model.goals) { goal in
                        .tr(.td(.attr("data-label", "Goal"), .link(goal.title, to: Paths.item(model.slug, .goals, goal.id))),
                            .td(.attr("data-label", "Owner"), .safe(goal.owner ?? "nobody named")),
                            .td(.attr("data-label", "Horizon"), .safe(goal.horizon?.description ?? "none set")),
                            .td(.attr("data-label", "Measures"), .class("prose"), .safe(goal.measure.isEmpty ? "none written" : goal.measure)),
                            .td(.attr("data-label", "Teams committed"), teams(goal, slug: model.slug)))
                    })),
        ])
    }

    static func teams(_ goal: StrategyWallModel.Goal, slug: String) -> Node<HTML.BodyContext> {
        goal.teams.isEmpty
            ? .strong(.class("warning-text"), .text("No team has committed to it"))
            : .ul(.class("goal-teams"), .forEach(goal.teams) { team in
                .li(.link(team.name, to: Paths.page(slug, .teamCharter(.value(team.id), .show))))
            })
    }

    static func posters(_ model: StrategyWallModel) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .h2(.text("Posters (\(model.teamCount) teams)")),
            model.posters.isEmpty
                ? .div(.class("empty-state"), .p(.text("No teams yet. "), .link("Add the first team", to: Paths.page(model.slug, .newRecord(.teams)))))
                : .div(.class("posters"), .forEach(model.posters) { PosterView.poster($0, onWall: true) }),
            pageNav(label: "Pages", summary: "Page \(model.page) of \(model.pageCount) · \(model.teamCount) teams", page: model.page, pageCount: model.pageCount) {
                Paths.page(model.slug, .strategyWall, query: ["page": String($0)])
            },
        ])
    }
}

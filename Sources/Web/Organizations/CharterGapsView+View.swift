import Domain
import Foundation
import Plot

/// Teams with no charter, goals no team committed to, commitments that touch nothing a customer meets.
public enum CharterGapsView {
    public static func render(_ model: CharterGapsModel, shell: PageShell) -> String {
        let slug = model.slug, gaps = model.gaps
        return shell.render([
            .p(.class("breadcrumb"), .link("← Charter commitments", to: Paths.page(slug, .records(.commitments)))),
            pageHeading("Charter gaps", lead: "\(model.chartered) of \(gaps.teamCount) teams have a charter; \(model.committed) of \(gaps.goalCount) goals have a team committed to them."),
            gaps.isEmpty
                ? .div(.class("empty-state"), .p("No gaps: every team has a charter, every goal a team committed to it, and every commitment concerns something customers meet."))
                : .empty,
            section("Teams with no charter", count: gaps.teamsWithoutCharter.count,
                    empty: "Every team has at least one commitment.",
                    more: Paths.list(slug, .teams),
                    items: gaps.teamsWithoutCharter.prefix(shown).map { team in
                        .li(.link(team.name, to: Paths.item(slug, .teams, team.id)), .text(" · "),
                            .link("Write its first commitment", to: Paths.page(slug, .newRecord(.commitments)) + "?team_id=\(team.id.uuidString)"))
                    }),
            section("Goals no team committed to", count: gaps.goalsWithoutCommitment.count,
                    empty: "Every goal has at least one team's commitment.",
                    more: Paths.list(slug, .goals),
                    items: gaps.goalsWithoutCommitment.prefix(shown).map { goal in .li(.link(goal.name, to: Paths.item(slug, .goals, goal.id))) }),
            section("Commitments that touch nothing a customer meets", count: gaps.commitmentsTouchingNothing.count,
                    empty: "Every commitment concerns a touchpoint, a handoff or a process behind them.",
                    more: Paths.list(slug, .commitments),
                    items: gaps.commitmentsTouchingNothing.prefix(shown).map { commitment in
                        .li(.link(commitment.text, to: Paths.item(slug, .commitments, commitment.id)), .text(" · "),
                            .link(commitment.team.name, to: Paths.item(slug, .teams, commitment.team.id)))
                    }),
        ])
    }

    /// Each list shows this many; a thousand teams' gaps would make a page nobody reads to the end.
    static let shown = 50

    private static func section(_ title: String, count: Int, empty: String, more: String, items: [Node<HTML.ListContext>]) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .h2(.safe("\(title) (\(count))")),
            items.isEmpty ? .p(.class("muted"), .safe(empty)) : .ul(.group(items)),
            .if(count > items.count, .p(.class("muted"), .text("The first \(items.count) of \(count) are shown; "), .link("see them all in the list", to: more), .text("."))),
        ])
    }
}

import Domain
import Foundation
import Plot

/// A pulse's page.
public enum PulseView {
    public static func render(_ model: PulseModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← Pulses", to: Paths.list(model.slug, .pulses))),
            pageHeading(model.pulse.title, lead: model.status, actions: actions(model)),
            .dl(.class("facts"),
                .dt("Teams asked"), .dd(.safe(model.teamNames.joined(separator: ", "))),
                .dt("Questions"), .dd(.safe(model.pulse.sets.map(\.label).joined(separator: "; "))),
                .dt("Closes on"), .dd(.safe(model.pulse.closesOn.description))),
            model.results.map { PulseResultsView.results($0, model) }
                ?? .div(.class("empty-state"), .p(.text("Results appear here once the pulse is sent and people answer through their links."))),
        ])
    }

    static func actions(_ model: PulseModel) -> [Node<HTML.BodyContext>] {
        guard model.canManage else { return [] }
        let step = { (step: PulseStep) in Paths.page(model.slug, .pulseStep(.value(model.id), step)) }
        if !model.pulse.isSent {
            return [postButton("Send it now", to: step(.send)), buttonLink("Edit", to: Paths.edit(model.slug, .pulses, model.id)),
                    buttonLink("Delete", to: Paths.delete(model.slug, .pulses, model.id))]
        }
        var actions: [Node<HTML.BodyContext>] = [buttonLink("Download the links (CSV)", to: step(.linksCSV))]
        if model.pulse.isOpen(on: model.today) { actions.append(postButton("Remind those who have not answered", to: step(.remind))) }
        return actions + [buttonLink("Delete", to: Paths.delete(model.slug, .pulses, model.id))]
    }
}

/// The results part of a pulse's page: a heat table of teams × topics, then each question.
enum PulseResultsView {
    static func results(_ results: PulseResults, _ model: PulseModel) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Results")),
            .p(.class("muted"), .safe("Favourable means 4 or 5 of 5 (9 or 10 of 10 for eNPS). A group shows figures only with at least \(results.threshold) answers; "
                + "a group whose figure could be worked out from the others is hidden too. The threshold is the organization's setting.")),
            heat(results, model),
            pager(model),
            questions(results, model),
            comments(results, model))
    }

    static func heat(_ results: PulseResults, _ model: PulseModel) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .table(.class("heat-table"),
            .caption(.text("% favourable by team and topic")),
            .thead(.tr(.th(.attr("scope", "col"), .text("Team")), .th(.attr("scope", "col"), .text("Answered")),
                       .forEach(model.topics) { .th(.attr("scope", "col"), .safe($0.label)) },
                       .if(model.asksENPS, .th(.attr("scope", "col"), .text("eNPS"))))),
            .tbody(.forEach([results.organization] + results.teams) { group in
                .tr(.th(.attr("scope", "row"), group.id.map { id in .link(group.name, to: Paths.page(model.slug, .record(.pulses, .value(model.id)), query: ["team_id": id.uuidString])) } ?? .text(group.name)),
                    .td(.safe(group.responses.map { "\($0) of \(group.invited)" } ?? model.withheld(group))),
                    .forEach(model.topics) { topic in cell(group.score(topic, items: results.items), group, model, charter: topic == .goals ? group.id : nil) },
                    .if(model.asksENPS, enps(group.score(.enps, items: results.items), group, model)))
            })))
    }

    static func pager(_ model: PulseModel) -> Node<HTML.BodyContext> {
        pageNav(label: "Pages of teams", summary: "Teams \(model.page) of \(model.pageCount) pages · \(model.teamCount) teams", page: model.page,
                pageCount: model.pageCount) { Paths.page(model.slug, .record(.pulses, .value(model.id)), query: ["page": String($0)]) }
    }

    /// A score in words and tint; "I know which of our goals my work serves" opens the team's charter, the goals it serves.
    static func cell(_ tally: PulseResults.Tally?, _ group: PulseResults.Group, _ model: PulseModel, charter team: UUID? = nil) -> Node<HTML.TableRowContext> {
        guard !group.suppressed else { return .td(.class("heat--withheld"), .safe("—")) }
        guard let percent = tally?.percentFavourable else { return .td(.class("muted"), .text("no answers")) }
        let band = PulseModel.band(percent), words = "\(PulseModel.percent(percent)) · \(band.words)"
        return .td(.class("heat--\(band.tint)"), team.map { .link(words, to: Paths.page(model.slug, .teamCharter(.value($0), .show))) } ?? .safe(words))
    }

    static func enps(_ tally: PulseResults.Tally?, _ group: PulseResults.Group, _ model: PulseModel) -> Node<HTML.TableRowContext> {
        guard !group.suppressed, let score = tally?.netScore else { return .td(.class("heat--withheld"), .safe("—")) }
        return .td(.safe(String(format: "%+.0f", score)))
    }
}

import Domain
import Foundation
import Plot

extension PulseResultsView {
    /// Each scored question for the organization, and beside it the chosen team's when that team is shown.
    static func questions(_ results: PulseResults, _ model: PulseModel) -> Node<HTML.BodyContext> {
        let team = model.focusTeam
        return .group(
            .h2(.text("Each question")),
            .if(team != nil && team!.suppressed, .p(.class("warning"), .safe("\(team?.name ?? ""): \(team.map(model.withheld) ?? "") — its answers per question are not shown."))),
            .div(.class("table-scroll"), .table(.class("records"),
                .thead(.tr(.th(.attr("scope", "col"), .text("Question")), .th(.attr("scope", "col"), .text("Whole organization")),
                           .unwrap(team.flatMap { $0.suppressed ? nil : $0 }) { .th(.attr("scope", "col"), .safe($0.name)) })),
                .tbody(.forEach(results.items.filter { $0.kind != .text }) { item in
                    .tr(.td(.attr("data-label", "Question"), .safe(item.text)),
                        .td(.attr("data-label", "Whole organization"), .safe(figure(item, results.organization, model))),
                        .unwrap(team.flatMap { $0.suppressed ? nil : $0 }) { group in .td(.attr("data-label", group.name), .safe(figure(item, group, model))) })
                }))))
    }

    static func figure(_ item: PulseResults.Item, _ group: PulseResults.Group, _ model: PulseModel) -> String {
        guard !group.suppressed else { return model.withheld(group) }
        guard let tally = group.tallies[item.id], tally.answers > 0 else { return "no answers" }
        if item.kind == .scale {
            let net = tally.netScore.map { String(format: "%+.0f", $0) } ?? ""
            return "\(net) (\(tally.favourable) promoters, \(tally.unfavourable) detractors of \(tally.answers))"
        }
        return "\(PulseModel.percent(tally.percentFavourable ?? 0)) favourable, \(tally.unfavourable) unfavourable of \(tally.answers)"
    }

    /// Comments only from groups shown, in an order that says nothing about who wrote them or when.
    static func comments(_ results: PulseResults, _ model: PulseModel) -> Node<HTML.BodyContext> {
        let asked = results.items.filter { $0.kind == .text }
        return .if(!asked.isEmpty, .group(
            .h2(.text("Comments")),
            .p(.class("muted"), .safe("From teams with at least \(results.threshold) answers only, in mixed order.")),
            .forEach(asked) { item in
                let comments = model.comments[item.id] ?? []
                return .element(named: "section", nodes: [
                    .h3(.safe(item.text)),
                    comments.isEmpty ? .p(.class("muted"), .text("No comments to show.")) : .ul(.class("comments"), .forEach(comments) { .li(.class("prose"), .safe($0)) }),
                ])
            }))
    }
}

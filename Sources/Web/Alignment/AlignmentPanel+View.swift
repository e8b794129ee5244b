import Domain
import Foundation
import Plot

/// The alignment index on the Overview.
public enum AlignmentPanel {
    public static func render(_ model: AlignmentPanelModel) -> Node<HTML.BodyContext> {
        .section(.class("alignment"), .attr("aria-labelledby", "alignment-heading"),
            .h2(.id("alignment-heading"), .text("Alignment index")),
            .p(.class("alignment-figure"), .span(.class("number"), .text(model.value.map(String.init) ?? "–")), .text(" of 100 in \(model.month)"),
               .span(.class("signs"), .text(model.value == nil ? "Nothing to measure yet: record journeys, feedback and a pulse first."
                                                                   : "Rests on \(model.coverage)% of the formula's weight; the rest had nothing to measure."))),
            trend(model),
            .p(.link("Executive alignment report", to: Paths.page(model.slug, .executiveReport)),
               .text(": the index with its trend, where it is most misaligned, conflicts, blind spots, load, investments, the 4C heat map and the centricity gap, ready to print.")),
            .h3(.text("Where it is weakest")),
            .ol(.class("weakest"), .forEach(model.weakest.prefix(5)) { row in
                .li(.link(row.component.measure.label, to: row.url), .text(": \(Int(row.component.value!.rounded())) · \(row.component.detail)"))
            }),
            .h3(.text("Teams where it is lowest")),
            .p(.class("muted"), .text("Among teams whose index rests on at least half the weight. Every team's index: GET …/alignment-index?by=team, or align index --by team.")),
            model.teams.isEmpty ? .p(.class("muted"), .text("Each team's index is kept with the month's; it appears here once the month's job has run."))
                : .ol(.class("weakest"), .forEach(model.teams) { team in
                    .li(.link(team.name, to: Paths.item(model.slug, .teams, team.id)), .text(": \(team.value) · weakest: \(team.weakest)"))
                }),
            table(model),
            .p(.class("muted"), .text(AlignmentIndex.formula)),
            .if(model.canRecompute, .form(.class("inline-form"), .action(Paths.page(model.slug, .alignmentRecompute)), .method(.post),
                                          .button(.type(.submit), .class("button button--small"), .text("Compute this month's again")))))
    }

    static func trend(_ model: AlignmentPanelModel) -> Node<HTML.BodyContext> {
        guard model.history.count > 1 else { return .p(.class("muted"), .text("The trend starts here: the index is kept once a month.")) }
        return .p(.text("By month: " + model.history.map { "\($0.month) \($0.value.map(String.init) ?? "–")" }.joined(separator: " · ")))
    }

    static func table(_ model: AlignmentPanelModel) -> Node<HTML.BodyContext> {
        .div(.class("table-wrap"), .table(.class("records"),
            .caption(.text("Components: each scored 0–100, weighted, and linked to the records behind it")),
            .thead(.tr(.th(.attr("scope", "col"), .text("Area")), .th(.attr("scope", "col"), .text("Component")), .th(.attr("scope", "col"), .text("Weight")),
                       .th(.attr("scope", "col"), .text("Value")), .th(.attr("scope", "col"), .text("From")), .th(.attr("scope", "col"), .text("How")))),
            .tbody(.forEach(model.rows) { row in
                let component = row.component
                return .tr(.td(.text(component.measure.area.label)), .th(.attr("scope", "row"), .link(component.measure.label, to: row.url)),
                           .td(.text("\(component.measure.weight)")),
                           .td(component.value.map { .text("\(Int($0.rounded()))") } ?? .span(.class("muted"), .text("–"))),
                           .td(.text(component.detail)), .td(.text(component.measure.formula)))
            })))
    }
}

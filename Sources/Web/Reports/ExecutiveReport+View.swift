import Domain
import Foundation
import Plot

/// The executive alignment report, in the app (inside the page shell) or on its own (the command line's HTML and PDF),
/// laid out to print: every figure is a link to the records it was computed from.
public enum ExecutiveReportView {
    public static func render(_ model: ExecutiveReportModel, shell: PageShell) -> String {
        shell.render([
            pageHeading("Executive alignment report", lead: "\(model.organization) · prepared \(model.preparedOn)", actions: [
                buttonLink("JSON", to: Paths.api(model.slug, .executiveReport)),
            ]),
            body(model),
        ])
    }

    /// A whole document with the stylesheet inside it, for a file that is read or printed away from Align.
    public static func standalone(_ model: ExecutiveReportModel, baseURL: String, css: String = Stylesheet.css) -> String {
        let html = HTML(
            .lang(.english),
            .head(.encoding(.utf8), .title("Executive alignment report · \(model.organization)"), .raw("<style>\(css)</style>"),
                  .raw("<base href=\"\(escapeHTML(baseURL))\">")),
            .body(.main(.h1(.text("Executive alignment report")), .p(.class("lead"), .safe("\(model.organization) · prepared \(model.preparedOn)")),
                        body(model))))
        return html.render()
    }

    static func body(_ model: ExecutiveReportModel) -> Node<HTML.BodyContext> {
        .div(.class("report"),
            .section(.class("report-section"), .h2(.text("The alignment index")),
                .p(.class("alignment-figure"), .link(model.index.map(String.init) ?? "–", to: model.indexLink, class: "number"),
                   .text(" of 100 · "), .text(model.change.map { " · \($0 >= 0 ? "+" : "")\($0) since the month before" } ?? ""),
                   .span(.class("signs"), .text(" Rests on \(model.coverage)% of the formula's weight."))),
                .p(.text("By month: " + (model.history.isEmpty ? "none kept yet" : model.history.map { "\($0.month) \($0.value.map(String.init) ?? "–")" }
                    .joined(separator: " · ")))),
                lines(model.components, caption: "Components, weakest first", empty: "Nothing to measure yet.")),
            section("Where it is most misaligned", model.misalignments, empty: "No team or component has been measured yet."),
            section("KPI conflicts (\(model.conflictTotal))", model.conflicts, empty: "No declared KPI pulls against a customer outcome."),
            section("Blind spots", model.blindSpots, empty: "Every complaint is explained by a confirmed friction."),
            section("Change load past the limit of \(model.loadLimit)", model.loadWarnings, empty: "No team goes past the limit in the next six months."),
            investments(model.investments),
            heatMap(model),
            centricity(model.centricity))
    }

    static func section(_ title: String, _ items: [ExecutiveReportModel.Line], empty: String) -> Node<HTML.BodyContext> {
        .section(.class("report-section"), .h2(.text(title)), lines(items, caption: nil, empty: empty))
    }

    static func lines(_ items: [ExecutiveReportModel.Line], caption: String?, empty: String) -> Node<HTML.BodyContext> {
        guard !items.isEmpty else { return .p(.class("empty-state"), .text(empty)) }
        return .table(.class("records report-table"), .unwrap(caption) { .caption(.text($0)) },
            .tbody(.forEach(items) { item in .tr(.th(.attr("scope", "row"), .link(item.text, to: item.url)), .td(.text(item.figure))) }))
    }

    static func investments(_ items: [ExecutiveReportModel.Investment]) -> Node<HTML.BodyContext> {
        .section(.class("report-section"), .h2(.text("Investments: projected and actual effect")),
            items.isEmpty ? .p(.class("empty-state"), .text("No investment has been proposed yet."))
                : .table(.class("records report-table"),
                    .thead(.tr(.forEach(["Investment", "Status", "Cost", "Index at approval", "Projected", "Actual"]) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(.forEach(items) { item in
                        .tr(.th(.attr("scope", "row"), .link(item.title, to: item.url)), .td(.text(item.status)), .td(.text(item.cost)),
                            .td(.text(figure(item.indexAtApproval))), .td(.text(figure(item.projected))),
                            .td(.text(item.actual.map(String.init) ?? (item.status == "Done" ? "–" : "not done yet"))))
                    })))
    }

    static func heatMap(_ model: ExecutiveReportModel) -> Node<HTML.BodyContext> {
        .section(.class("report-section"), .h2(.text("4C heat map")),
            .p(.class("muted"), .text("% favourable on the latest pulse; groups below the anonymity threshold are withheld. "),
               .link(model.heatMapTeams > model.heatMap.count
                   ? "The first \(model.heatMap.count) of \(model.heatMapTeams) teams by name are shown; every team on the 4C health page."
                   : "Every team on the 4C health page.", to: model.heatMapLink)),
            model.heatMap.isEmpty ? .p(.class("empty-state"), .text("No team has answered a pulse yet."))
                : .table(.class("records report-table heat-table"),
                    .thead(.tr(.th(.attr("scope", "col"), .text("Team")), .forEach(FourC.allCases) { .th(.attr("scope", "col"), .text($0.label)) })),
                    .tbody(.forEach(model.heatMap) { row in
                        .tr(.th(.attr("scope", "row"), .link(row.team, to: row.url)), .forEach(row.cells) { cell in
                            .td(.attr("class", "heat--\(cell.figure)"), .text(cell.text))
                        })
                    })))
    }

    static func centricity(_ rows: [ExecutiveReportModel.Competency]) -> Node<HTML.BodyContext> {
        .section(.class("report-section"), .h2(.text("The centricity gap")),
            rows.isEmpty ? .p(.class("empty-state"), .text("No competency has been assessed yet."))
                : .table(.class("records report-table"),
                    .thead(.tr(.forEach(["Competency", "Target", "Assessed (median)", "Gap", "What the data supports"]) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(.forEach(rows) { row in
                        .tr(.th(.attr("scope", "row"), .link(row.name, to: row.url)), .td(.text(figure(row.target))),
                            .td(.text(row.current.map { String(format: "%.1f", $0) } ?? "–")), .td(.text(row.gap.map { String(format: "%+.1f", $0) } ?? "–")),
                            .td(.text(figure(row.supportedByEvidence))))
                    })))
    }

    static func figure(_ value: Int?) -> String { value.map(String.init) ?? "–" }
}

import Domain
import Foundation
import Plot

public enum ScoresView {
    public static func render(_ model: ScoresModel, shell: PageShell) -> String {
        let slug = model.slug, overall = model.overall, dimension = model.dimension, dimensions = model.dimensions, lines = model.lines,
            npsTrend = model.npsTrend, csatTrend = model.csatTrend
        return shell.render([
            .p(.class("breadcrumb"), .link("← Feedback", to: Paths.list(slug, .feedback))),
            pageHeading("Scores", lead: "NPS = % of 9–10 minus % of 0–6. CSAT = % of 4–5. CES as the mean of 1–7 and as % of 5–7. Each with its count and 95% margin."),
            overall.answers == 0
                ? .p(.class("empty-state"), .text("No survey answers yet. Import a survey export with NPS, CSAT or CES columns to see scores here."),
                     .text(" "), .link("Import a file", to: Paths.page(slug, .newImport)))
                : .group(
                    .div(.class("score-cards"),
                         card("NPS", overall.nps, unit: ""), card("CSAT", overall.csat, unit: "%"),
                         card("CES (mean of 1–7)", overall.cesMean, unit: "", decimals: 2), card("CES (% easy, 5–7)", overall.cesEasy, unit: "%")),
                    .h2(.text("Trend by month")),
                    TrendChart.svg(title: "NPS by month", points: npsTrend, range: -100...100, unit: ""),
                    TrendChart.svg(title: "CSAT by month", points: csatTrend, range: 0...100, unit: "%"),
                    .h2(.text("Broken down")),
                    .element(named: "form", nodes: [.class("filters"), .attr("method", "get"), .attr("action", Paths.page(slug, .scores)),
                        .div(.class("field"),
                             .element(named: "label", nodes: [.attr("for", "by"), .text("By")]),
                             .element(named: "select", nodes: [.attr("id", "by"), .attr("name", "by"), .group(dimensions.map { option in
                                 .element(named: "option", nodes: [.attr("value", option.value), option.value == dimension ? .attr("selected", "selected") : .empty,
                                                                   .safe(option.label)])
                             })])),
                        submitButton("Show")]),
                    recordTable(["Group", "Answers", "NPS", "CSAT", "CES mean", "CES % easy"], lines.map { line in
                        [line.url.map { .link(line.label, url: $0) } ?? .text(line.label), .text("\(line.answers)"),
                         cell(line.nps, unit: ""), cell(line.csat, unit: "%"), cell(line.cesMean, unit: "", decimals: 2), cell(line.cesEasy, unit: "%")]
                    }),
                    pageLinks(base: Paths.page(slug, .scores, query: ["by": dimension]) + "&", page: model.page, pageCount: model.pageCount)),
        ])
    }

    static func card(_ title: String, _ estimate: ScoreEstimate?, unit: String, decimals: Int = 0) -> Node<HTML.BodyContext> {
        .div(.class("score-card"),
             .h3(.safe(title)),
             .p(.class("score-value"), .safe(estimate.map { text($0.value, decimals) + unit } ?? "—")),
             .p(.class("hint"), .safe(estimate.map { "± \(text($0.margin, decimals))\(unit) · \($0.count) answers" } ?? "no answers")))
    }

    static func cell(_ estimate: ScoreEstimate?, unit: String, decimals: Int = 0) -> Cell {
        guard let estimate else { return .muted("—") }
        return .text("\(text(estimate.value, decimals))\(unit) ± \(text(estimate.margin, decimals)) (n=\(estimate.count))")
    }

    static func text(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}

import Domain
import Foundation
import Plot

/// Two walks of one journey step by step: the minutes each took and the friction one found that the other did not.
public struct WalkComparisonModel: Sendable {
    public let slug: String
    public let journeyName: String
    public let first: (id: UUID, label: String)
    public let second: (id: UUID, label: String)
    public let comparison: WalkComparison

    public init(slug: String, journeyName: String, first: (id: UUID, label: String), second: (id: UUID, label: String), comparison: WalkComparison) {
        (self.slug, self.journeyName, self.first, self.second, self.comparison) = (slug, journeyName, first, second, comparison)
    }
}

public enum WalkComparisonView {
    public static func render(_ model: WalkComparisonModel, shell: PageShell) -> String {
        let totals = model.comparison.totalMinutes
        return shell.render([
            .p(.class("breadcrumb"), .link("← \(model.first.label)", to: Paths.item(model.slug, .walks, model.first.id))),
            pageHeading("Two walks of “\(model.journeyName)”", lead: "\(model.first.label) beside \(model.second.label): \(totals.0) and \(totals.1) minutes timed in all."),
            .div(.class("table-scroll"), .table(.class("records"),
                .thead(.tr(.th("Touchpoint"), .th(.safe("Minutes: \(model.first.label)")), .th(.safe("Minutes: \(model.second.label)")),
                           .th(.safe("Found only by \(model.first.label)")), .th(.safe("Found only by \(model.second.label)")), .th("Found by both"))),
                .tbody(.forEach(model.comparison.rows) { row in
                    .tr(.td(.attr("data-label", "Touchpoint"), .safe(row.name)),
                        .td(.attr("data-label", "First"), .safe(row.minutes.0.map(String.init) ?? "—")),
                        .td(.attr("data-label", "Second"), .safe((row.minutes.1.map(String.init) ?? "—") + (row.difference.map { $0 == 0 ? "" : String(format: " (%+d)", $0) } ?? ""))),
                        .td(.attr("data-label", "Only first"), found(row.onlyFirst, model.slug)),
                        .td(.attr("data-label", "Only second"), found(row.onlySecond, model.slug)),
                        .td(.attr("data-label", "Both"), .safe(row.both.isEmpty ? "—" : row.both.map(\.label).joined(separator: ", "))))
                }))),
        ])
    }

    static func found(_ hypotheses: [WalkComparison.Hypothesis], _ slug: String) -> Node<HTML.BodyContext> {
        hypotheses.isEmpty ? .text("—") : .ul(.forEach(hypotheses) { .li(.link("\($0.kind.label): \($0.description)", to: Paths.item(slug, .frictions, $0.id))) })
    }
}

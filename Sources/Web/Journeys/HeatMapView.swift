import Domain
import Foundation
import Plot

/// The parts of the journey map that belong to its customer heat view, and the switch between views.
enum HeatMapView {
    /// A quote longer than this is cut on the card; its link leads to the whole item.
    static let quoteLength = 240

    /// "Team's friction" / "Customer heat"; a selected touchpoint stays selected across the switch.
    static func viewTabs(_ model: JourneyMapModel) -> Node<HTML.BodyContext> {
        let journey = model.map.journey.id, selected = model.selected?.card.touchpoint.id, heat = model.heat != nil
        return .nav(.class("view-tabs"), .attr("aria-label", "Map views"),
            .ul(.li(tab("Team's friction", to: Paths.journeyMap(model.slug, journey, touchpoint: selected), current: !heat)),
                .li(tab("Customer heat", to: Paths.journeyMap(model.slug, journey, touchpoint: selected, heat: true), current: heat))))
    }

    static func tab(_ title: String, to url: String, current: Bool) -> Node<HTML.BodyContext> {
        .element(named: "a", nodes: [.attr("href", url), current ? .attr("aria-current", "page") : .empty, .text(title)])
    }

    static var legend: Node<HTML.BodyContext> {
        .div(.class("heat-legend"),
            .p(.class("priority-formula"),
               .text("Customer heat = ½ × the worst severity (out of 5) of the open or addressed frictions customers confirmed, "
                     + "on the touchpoint, a handoff from or to it, or a process linked to it + ½ × the share of its comments that are negative. "
                     + "With no confirmed friction or no comments, that half counts as 0.")),
            .ul(.class("legend"), .attr("aria-label", "Customer heat legend"),
                .li(.span(.class("touchpoint heat--none")), .text(" 0: nothing confirmed, nothing negative")),
                .li(.span(.class("touchpoint heat--low")), .text(" under 0.25")),
                .li(.span(.class("touchpoint heat--medium")), .text(" 0.25 to under 0.5")),
                .li(.span(.class("touchpoint heat--high")), .text(" 0.5 or more"))))
    }

    /// The card's quotes, folded so the map stays readable: the most negative comments, each linked to its item.
    static func quotes(on touchpointID: UUID, in overlay: HeatOverlay, slug: String) -> Node<HTML.BodyContext> {
        let heat = overlay.heat(of: touchpointID), quotes = overlay.quotes(of: touchpointID)
        return .details(.class("quotes"),
            .summary(.text(summaryLine(heat))),
            .forEach(quotes) { quote in
                .blockquote(.link(shortened(quote.text), to: Paths.item(slug, .feedback, quote.feedbackID)),
                            .span(.class("quote-score"), .text(" sentiment " + String(format: "%.2f", quote.sentimentScore))))
            },
            .if(quotes.isEmpty && heat.feedbackCount > 0, .p(.class("muted"), .text("No negative comment to quote."))),
            .p(.link("All feedback on this touchpoint", to: Paths.list(slug, .feedback, query: ["touchpoint_id": touchpointID.uuidString]))))
    }

    static func summaryLine(_ heat: CustomerHeat) -> String {
        guard heat.feedbackCount > 0 else { return "No comments yet" }
        return heat.negativeCount == 1 ? "1 negative comment" : "\(heat.negativeCount) negative comments"
    }

    static func shortened(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > quoteLength else { return trimmed }
        return String(trimmed.prefix(quoteLength)).trimmingCharacters(in: .whitespaces) + "…"
    }
}

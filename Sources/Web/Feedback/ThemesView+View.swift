import Domain
import Foundation
import Plot

public enum ThemesView {
    public static func render(_ model: ThemesModel, shell: PageShell) -> String {
        let slug = model.slug, themes = model.themes, computedAt = model.computedAt, canRecompute = model.canRecompute
        return shell.render([
            .p(.class("breadcrumb"), .link("← Feedback", to: Paths.list(slug, .feedback))),
            pageHeading("Themes", lead: "Phrases customers keep using, found in the feedback itself. New feedback joins a theme as it is saved; recompute to find themes afresh.",
                        actions: canRecompute ? [postButton("Recompute themes", to: Paths.page(slug, .recomputeThemes))] : []),
            .unwrap(computedAt) { .p(.class("hint"), .text("Themes last found \($0).")) },
            themes.isEmpty
                ? .p(.class("empty-state"), .text("No themes yet. Themes appear once there is enough feedback that shares its words: record conversations, import a survey, then recompute."))
                : .group(themes.map(card)),
        ])
    }

    static func card(_ theme: ThemeCard) -> Node<HTML.BodyContext> {
        .section(.class("theme"), .id(Paths.anchor(theme.name)),
            .h2(.safe("“\(theme.name)”")),
            .p(.link("\(theme.count) feedback items", to: theme.listURL), .safe(" · \(theme.negativePercent)% negative · \(theme.trend)")),
            .p(.class("hint"), .safe("Why an item belongs here: it \(theme.explanation).")),
            .if(!theme.recentMonths.isEmpty, .p(.safe("Recent months: " + theme.recentMonths.map { "\($0.month) \($0.count)" }.joined(separator: " · ")))),
            .if(!theme.touchpoints.isEmpty, .p(.text("Touchpoints: "), .group(theme.touchpoints.enumerated().map { index, place in
                .group(index > 0 ? .text(", ") : .empty, .link(place.name, to: place.url), .safe(" (\(place.count))"))
            }))),
            .group(theme.quotes.map { quote in .element(named: "blockquote", nodes: [.p(.link(quote.text, to: quote.url))]) }))
    }
}

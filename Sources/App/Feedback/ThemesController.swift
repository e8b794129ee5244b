import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The themes page and API, and the full recompute.
struct ThemesController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .themes, use: page)
        router.page(.POST, .recomputeThemes, use: recompute)
        router.api(.GET, .themes, use: apiThemes)
        router.api(.POST, .recomputeThemes, use: apiRecompute)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let summaries = try await ctx.feedbackInsights.themes(placesPerTheme: Self.placesShown)
        let shownPlaces = Set(summaries.flatMap { $0.touchpoints.prefix(Self.placesShown).map(\.id) })
        let lookups = try await Lookups.load([.journeys, .stages, .touchpoints], ctx, only: shownPlaces)
        let computed = try await ctx.feedbackInsights.themesComputedAt()
        let format = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: TimeZone(identifier: "UTC")!)
        let cards = summaries.map { summary in
            ThemeCard(
                name: summary.theme.name, count: summary.count, explanation: summary.theme.explanation, trend: Self.trend(summary.months),
                recentMonths: Array(summary.months.suffix(6)),
                touchpoints: summary.touchpoints.prefix(Self.placesShown).map { place in
                    let journey = lookups.stage(lookups.touchpoint(place.id)?.stageID)?.journeyID
                    return (lookups.touchpointPath(place.id),
                            journey.map { Paths.journeyMap(ctx.slug, $0, touchpoint: place.id) } ?? Paths.item(ctx.slug, .touchpoints, place.id), place.count)
                },
                quotes: summary.examples.map { ($0.text.count > 240 ? String($0.text.prefix(237)) + "…" : $0.text, Paths.item(ctx.slug, .feedback, $0.id)) },
                negativePercent: Int((summary.negativeShare * 100).rounded()),
                listURL: Paths.list(ctx.slug, .feedback, query: ["theme": summary.theme.name]))
        }
        return req.page(ThemesView.render(ThemesModel(slug: ctx.slug, themes: cards, computedAt: computed.map { $0.formatted(format) },
                                          canRecompute: ctx.access.allows(.curateFeedback)), shell: ctx.shell("Themes", current: "feedback", notice: req.notice)))
    }

    /// The touchpoints each theme card names, most items first.
    static let placesShown = 4

    func recompute(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.feedbackInsights.recomputeThemes()
        return redirect(Paths.page(ctx.slug, .themes), notice: .updated)
    }

    struct ThemeJSON: Content {
        let name: String
        let count: Int
        let explanation: String
        let trend: String
        let months: [String: Int]
        let touchpointIds: [UUID]
        let examples: [String]
    }

    func apiThemes(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ctx.feedbackInsights.themes().map { summary in
            ThemeJSON(name: summary.theme.name, count: summary.count, explanation: summary.theme.explanation, trend: Self.trend(summary.months),
                      months: Dictionary(summary.months.map { ($0.month, $0.count) }, uniquingKeysWith: +),
                      touchpointIds: summary.touchpoints.map(\.id), examples: summary.examples.map(\.text))
        })
    }

    func apiRecompute(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.feedbackInsights.recomputeThemes()
        return try await apiThemes(req: req)
    }

    /// Rising or falling: the last three months with answers against the three before.
    static func trend(_ months: [(month: String, count: Int)]) -> String {
        guard months.count >= 6 else { return "too few months for a trend" }
        let recent = months.suffix(3).map(\.count).reduce(0, +), before = months.dropLast(3).suffix(3).map(\.count).reduce(0, +)
        if recent * 10 >= before * 13 { return "rising (\(before) → \(recent) over the last three months)" }
        if recent * 13 <= before * 10 { return "falling (\(before) → \(recent) over the last three months)" }
        return "steady (\(before) → \(recent) over the last three months)"
    }
}

extension OrgContext {
    /// Scores and themes of the organization's feedback.
    var feedbackInsights: FeedbackInsights { FeedbackInsights(scope) }
}

import Domain
import FluentKit
import Foundation

/// What the organization's feedback adds up to: scores by any dimension and recurring themes.
public struct FeedbackInsights: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// NPS, CSAT and CES tallies, one group per value of the dimension (one overall group for nil).
    public func scores(by dimension: ScoreDimension?) async throws -> [ScoreGroup] {
        try await FeedbackScores.groups(scope.id, by: dimension, on: scope.db)
    }

    /// One page of the dimension's groups, most answers first.
    public func scores(by dimension: ScoreDimension, _ page: Pagination) async throws -> Paged<ScoreGroup> {
        try await FeedbackScores.page(scope.id, by: dimension, page, on: scope.db)
    }

    /// The scores of the answers one import brought, from the kept figures.
    public func scores(ofImport id: UUID) async throws -> ScoreGroup {
        try await FeedbackScores.groups(scope.id, by: .importFile, subjects: [FigureKey.encode(id.uuidString)], on: scope.db).first
            ?? ScoreGroup(key: id.uuidString)
    }

    /// The themes of the items one import brought, most items first (ties by name), from the kept figures.
    public func themes(ofImport id: UUID) async throws -> [(theme: String, items: Int)] {
        try await FeedbackFigureStore.read(scope.id, figures: [FeedbackFigures.theme], dimension: ScoreDimension.importFile.rawValue,
                                           detail: id.uuidString, on: scope.db)
            .filter { $0.count > 0 }
            .compactMap { key, count in key.subjectValue.map { ($0, count) } }
            .sorted { $0.items != $1.items ? $0.items > $1.items : $0.theme < $1.theme }
    }

    /// How current the kept figures behind scores and themes are.
    public func freshness() async throws -> FigureFreshness {
        try await FeedbackFigureStore.freshness(scope.id, on: scope.db)
    }

    /// Every theme with its count, trend, places (all, or the first `placesPerTheme`) and example quotes.
    public func themes(placesPerTheme: Int? = nil) async throws -> [ThemeSummary] {
        try await ThemeSummaries.load(scope.id, on: scope.db, placesPerTheme: placesPerTheme)
    }

    /// The channels feedback came through, from the kept figures.
    public func channels() async throws -> [String] {
        try await FeedbackFigureStore.read(scope.id, figures: [FeedbackFigures.feedback], dimension: ScoreDimension.channel.rawValue, on: scope.db)
            .compactMap(\.key.subjectValue).sorted()
    }

    /// The names of the themes found last.
    public func themeNames() async throws -> [String] {
        try await FeedbackThemes.current(scope.id, on: scope.db).map(\.name)
    }

    /// When the themes were last found.
    public func themesComputedAt() async throws -> Date? {
        try await FeedbackThemes.records(scope.id, on: scope.db).first?.computedAt
    }

    /// Finds the themes afresh from all feedback (CX leads and administrators).
    public func recomputeThemes() async throws {
        try scope.authorize(.curateFeedback)
        _ = try await FeedbackThemes.recompute(scope.id, on: scope.db)
    }
}

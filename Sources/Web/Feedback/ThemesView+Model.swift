import Domain
import Foundation

/// The recurring themes of the organization's feedback.
public struct ThemesModel: Sendable {
    public let slug: String
    public let themes: [ThemeCard]
    public let computedAt: String?
    public let canRecompute: Bool

    public init(slug: String, themes: [ThemeCard], computedAt: String?, canRecompute: Bool) {
        self.slug = slug
        self.themes = themes
        self.computedAt = computedAt
        self.canRecompute = canRecompute
    }
}

/// A theme ready to show.
public struct ThemeCard: Sendable {
    public let name: String
    public let count: Int
    public let explanation: String
    public let trend: String
    public let recentMonths: [(month: String, count: Int)]
    public let touchpoints: [(name: String, url: String, count: Int)]
    public let quotes: [(text: String, url: String)]
    public let negativePercent: Int
    public let listURL: String

    public init(name: String, count: Int, explanation: String, trend: String, recentMonths: [(month: String, count: Int)],
                touchpoints: [(name: String, url: String, count: Int)], quotes: [(text: String, url: String)], negativePercent: Int, listURL: String) {
        self.name = name
        self.count = count
        self.explanation = explanation
        self.trend = trend
        self.recentMonths = recentMonths
        self.touchpoints = touchpoints
        self.quotes = quotes
        self.negativePercent = negativePercent
        self.listURL = listURL
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// A theme as the themes page shows it: how often, when, where and in whose words.
public struct ThemeSummary: Sendable {
    public let theme: Theme
    public let count: Int
    /// Items per month ("2026-03"), oldest first.
    public let months: [(month: String, count: Int)]
    /// The touchpoints its items are on, most items first.
    public let touchpoints: [(id: UUID, count: Int)]
    public let examples: [(id: UUID, text: String)]
    public let negativeShare: Double
}

/// Themes as the themes page shows them, read from the kept figures; only the quotes are read from items,
/// the newest few of each theme through an index.
public enum ThemeSummaries {
    /// - Parameter placesPerTheme: the most touchpoints to name per theme (most items first); nil for all.
    public static func load(_ organizationID: UUID, on db: any Database, examples: Int = 3, placesPerTheme: Int? = nil) async throws
        -> [ThemeSummary] {
        let themes = try await FeedbackThemes.current(organizationID, on: db)
        guard !themes.isEmpty else { return [] }
        var counts: [String: (items: Int, negative: Int)] = [:], months: [String: [(String, Int)]] = [:], places: [String: [(UUID, Int)]] = [:]
        let figure = [FeedbackFigures.theme]
        for (key, n) in try await FeedbackFigureStore.read(organizationID, figures: figure, dimension: FeedbackFigures.overall, on: db) {
            guard let name = key.subjectValue else { continue }
            if key.detail == FeedbackFigures.negative { counts[name, default: (0, 0)].negative += n } else { counts[name, default: (0, 0)].items += n }
        }
        for (key, n) in try await FeedbackFigureStore.read(organizationID, figures: figure, dimension: ScoreDimension.month.rawValue, on: db) {
            if let name = key.subjectValue { months[name, default: []].append((key.detail, n)) }
        }
        for (subject, detail, n) in try await placeCounts(themes.map(\.name), organizationID, atMost: placesPerTheme, on: db) {
            if let name = FigureKey.decode(subject), let id = UUID(uuidString: detail) { places[name, default: []].append((id, n)) }
        }
        let quotes = try await newestQuotes(themes.map(\.name), organizationID, on: db, examples: examples)
        var result: [ThemeSummary] = []
        for theme in themes {
            let (count, negative) = counts[theme.name] ?? (0, 0)
            result.append(ThemeSummary(theme: theme, count: count, months: (months[theme.name] ?? []).sorted { $0.0 < $1.0 }.map { ($0.0, $0.1) },
                                       touchpoints: (places[theme.name] ?? []).sorted { ($1.1, $0.0.uuidString) < ($0.1, $1.0.uuidString) }.map { ($0.0, $0.1) },
                                       examples: quotes[theme.name] ?? [], negativeShare: count > 0 ? Double(negative) / Double(count) : 0))
        }
        return result.sorted { $0.count > $1.count }
    }

    /// Each theme's newest items with words in them (newest date first, then by id), in one statement of
    /// index-bounded parts, so the page waits for one answer whatever the number of themes.
    static func newestQuotes(_ themes: [String], _ organizationID: UUID, on db: any Database, examples: Int) async throws
        -> [String: [(id: UUID, text: String)]] {
        guard let sql = db as? any SQLDatabase, !themes.isEmpty else { return [:] }
        let parts = themes.enumerated().map { index, theme in
            SQLQueryString("""
                SELECT * FROM (SELECT id, text, theme, date FROM feedback_items WHERE organization_id = \(bind: organizationID)
                AND theme = \(bind: theme) AND text <> '' ORDER BY date DESC, id LIMIT \(unsafeRaw: String(examples))) AS q\(unsafeRaw: String(index))
                """)
        }
        var quotes: [String: [(id: UUID, text: String, date: String?)]] = [:]
        for row in try await sql.raw("\(parts.joined(separator: " UNION ALL "))").all() {
            quotes[try row.decode(column: "theme", as: String.self), default: []].append(
                (try row.decode(column: "id", as: UUID.self), try row.decode(column: "text", as: String.self), try row.decode(column: "date", as: String?.self)))
        }
        // Each part came out of the index in order; a union promises no order, so it is restored here, with
        // items without a date where each database sorts NULL in a descending order (PostgreSQL first, SQLite last).
        let nullFirst = sql.dialect.name == "postgresql"
        return quotes.mapValues { items in
            items.sorted { a, b in
                if a.date != b.date {
                    guard let left = a.date else { return nullFirst }
                    guard let right = b.date else { return !nullFirst }
                    return left > right
                }
                return a.id.uuidString < b.id.uuidString
            }.map { ($0.id, $0.text) }
        }
    }

    /// Items per theme and touchpoint; with a limit, only each theme's first touchpoints, each theme's read in
    /// order from `idx_feedback_figures_ranked`, so a page never reads the counters of every touchpoint.
    static func placeCounts(_ themes: [String], _ organizationID: UUID, atMost limit: Int?, on db: any Database) async throws
        -> [(String, String, Int)] {
        guard let sql = db as? any SQLDatabase, !themes.isEmpty else { return [] }
        let bytewise: SQLQueryString = sql.dialect.name == "postgresql" ? " COLLATE \"C\"" : ""
        let rows: [any SQLRow]
        if let limit {
            let parts = themes.enumerated().map { index, theme in
                SQLQueryString("""
                    SELECT * FROM (SELECT subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: organizationID)
                    AND figure = \(bind: FeedbackFigures.theme) AND dimension = \(bind: ScoreDimension.touchpoint.rawValue)
                    AND subject = \(bind: FigureKey.encode(theme)) AND n <> 0 ORDER BY n DESC, detail\(bytewise) LIMIT \(unsafeRaw: String(limit))) AS p\(unsafeRaw: String(index))
                    """)
            }
            rows = try await sql.raw("\(parts.joined(separator: " UNION ALL "))").all()
        } else {
            rows = try await sql.raw("""
                SELECT subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: organizationID)
                AND figure = \(bind: FeedbackFigures.theme) AND dimension = \(bind: ScoreDimension.touchpoint.rawValue) AND n <> 0
                """).all()
        }
        return try rows.map { (try $0.decode(column: "subject", as: String.self), try $0.decode(column: "detail", as: String.self),
                               try $0.decode(column: "n", as: Int.self)) }
    }
}

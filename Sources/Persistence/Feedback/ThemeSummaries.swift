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

public enum ThemeSummaries {
    public static func load(_ organizationID: UUID, on db: any Database, examples: Int = 3) async throws -> [ThemeSummary] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let themes = try await FeedbackThemes.current(organizationID, on: db)
        guard !themes.isEmpty else { return [] }
        var counts: [String: (Int, Int)] = [:], months: [String: [(String, Int)]] = [:], places: [String: [(UUID, Int)]] = [:]
        for row in try await sql.raw("""
            SELECT theme, COUNT(*) AS n, SUM(CASE WHEN sentiment_label = 'negative' THEN 1 ELSE 0 END) AS neg
            FROM feedback_items WHERE organization_id = \(bind: organizationID) AND theme IS NOT NULL GROUP BY theme
            """).all() {
            counts[try row.decode(column: "theme", as: String.self)] = (try row.decode(column: "n", as: Int.self), try row.decode(column: "neg", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT theme, substr(date, 1, 7) AS m, COUNT(*) AS n FROM feedback_items
            WHERE organization_id = \(bind: organizationID) AND theme IS NOT NULL AND date IS NOT NULL GROUP BY theme, substr(date, 1, 7)
            """).all() {
            months[try row.decode(column: "theme", as: String.self), default: []].append((try row.decode(column: "m", as: String.self), try row.decode(column: "n", as: Int.self)))
        }
        for row in try await sql.raw("""
            SELECT f.theme AS theme, ft.touchpoint_id AS t, COUNT(*) AS n FROM feedback_items f JOIN feedback_touchpoints ft ON ft.feedback_id = f.id
            WHERE f.organization_id = \(bind: organizationID) AND f.theme IS NOT NULL GROUP BY f.theme, ft.touchpoint_id
            """).all() {
            places[try row.decode(column: "theme", as: String.self), default: []].append((try row.decode(column: "t", as: UUID.self), try row.decode(column: "n", as: Int.self)))
        }
        var result: [ThemeSummary] = []
        for theme in themes {
            let quotes = try await FeedbackRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$theme == theme.name)
                .filter(\.$text != "").sort(\.$date, .descending).sort(\.$id).limit(examples).all()
            let (count, negative) = counts[theme.name] ?? (0, 0)
            result.append(ThemeSummary(theme: theme, count: count, months: (months[theme.name] ?? []).sorted { $0.0 < $1.0 }.map { ($0.0, $0.1) },
                                       touchpoints: (places[theme.name] ?? []).sorted { $0.1 > $1.1 }.map { ($0.0, $0.1) },
                                       examples: quotes.map { ($0.id!, $0.text) }, negativeShare: count > 0 ? Double(negative) / Double(count) : 0))
        }
        return result.sorted { $0.count > $1.count }
    }
}

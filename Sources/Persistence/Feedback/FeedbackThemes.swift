import Domain
import FluentKit
import Foundation
import SQLKit

/// One of an organization's current themes, ranked most useful first.
public final class FeedbackThemeRecord: Model, @unchecked Sendable {
    public static let schema = "feedback_themes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "rank") public var rank: Int
    @Field(key: "support") public var support: Int
    @Field(key: "computed_at") public var computedAt: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $rank, $support, $computedAt] }

    public init() {}

    init(organizationID: UUID, theme: Theme, rank: Int, at date: Date) {
        self.organizationID = organizationID
        self.name = theme.name
        self.rank = rank
        self.support = theme.support
        self.computedAt = date
    }

    var theme: Theme { Theme(name: name, words: name.split(separator: " ").map(String.init), support: support) }
}

/// Finds an organization's themes and keeps every feedback item assigned to one.
/// New items are assigned as they are saved; `recompute` rediscovers themes from all feedback.
public enum FeedbackThemes {
    public static func current(_ organizationID: UUID, on db: any Database) async throws -> [Theme] {
        try await FeedbackThemeRecord.query(on: db).filter(\.$organizationID == organizationID).sort(\.$rank).all().map(\.theme)
    }

    public static func records(_ organizationID: UUID, on db: any Database) async throws -> [FeedbackThemeRecord] {
        try await FeedbackThemeRecord.query(on: db).filter(\.$organizationID == organizationID).sort(\.$rank).all()
    }

    /// Counts phrases over every item (a page at a time, so memory stays flat), stores the new themes,
    /// reassigns every item and counts the figures afresh. Returns the themes found.
    @discardableResult
    public static func recompute(_ organizationID: UUID, on db: any Database, pageSize: Int = 2_000) async throws -> [Theme] {
        try await FeedbackFigureStore.markStale(organizationID, on: db)
        let themes = try await find(organizationID, on: db, pageSize: pageSize)
        try await FeedbackFigureStore.rebuild(organizationID, on: db)
        return themes
    }

    private static func find(_ organizationID: UUID, on db: any Database, pageSize: Int) async throws -> [Theme] {
        var counter = ThemeEngine.Counter()
        try await forEachPage(organizationID, on: db, pageSize: pageSize) { rows in
            for row in rows { counter.add(row.text) }
        }
        let engine = ThemeEngine(minimumSupport: max(3, counter.documents / 400), maximumThemes: 40)
        // Chosen by the items each adds to those before it, so every part of the feedback (a new survey too) finds its topics.
        var coverage = ThemeCoverage(candidates: engine.themes(from: counter, limit: 400))
        try await forEachPage(organizationID, on: db, pageSize: pageSize) { rows in
            for row in rows { coverage.add(row.text) }
        }
        let themes = coverage.select(maximum: engine.maximumThemes, minimumSupport: engine.minimumSupport)
        let now = Date()
        try await WriteGate.transaction(db) { tx in
            try await FeedbackThemeRecord.query(on: tx).filter(\.$organizationID == organizationID).delete()
            for (rank, theme) in themes.enumerated() {
                try await FeedbackThemeRecord(organizationID: organizationID, theme: theme, rank: rank, at: now).create(on: tx)
            }
        }
        let matcher = ThemeMatcher(themes)
        try await forEachPage(organizationID, on: db, pageSize: pageSize) { rows in
            var byTheme: [String?: [UUID]] = [:]
            for row in rows { byTheme[matcher.theme(for: row.text)?.name, default: []].append(row.id) }
            let groups = byTheme
            try await WriteGate.transaction(db) { tx in
                for (theme, ids) in groups {
                    try await FeedbackRecord.query(on: tx).filter(\.$id ~~ ids).set(\.$theme, to: theme).update()
                }
            }
        }
        return themes
    }

    private struct Row: Sendable { let id: UUID, text: String }

    /// Walks the organization's feedback by id, so pages stay stable while themes are written.
    private static func forEachPage(_ organizationID: UUID, on db: any Database, pageSize: Int,
                                    _ body: ([Row]) async throws -> Void) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var after: UUID?
        while true {
            // A page at a time, so a shutdown stops it within one (the import's follow-up is queued to be done again).
            try Task.checkCancellation()
            // Read as plain rows: decoding a Fluent record reflects over every field, most of a recompute's time.
            let rows = try await sql.raw("""
                SELECT id, text FROM feedback_items WHERE organization_id = \(bind: organizationID)
                \(after.map { SQLQueryString("AND id > \(bind: $0)") } ?? "") ORDER BY id LIMIT \(bind: pageSize)
                """).all().map { Row(id: try $0.decode(column: "id", as: UUID.self), text: try $0.decode(column: "text", as: String.self)) }
            guard let last = rows.last else { return }
            try await body(rows)
            after = last.id
        }
    }
}

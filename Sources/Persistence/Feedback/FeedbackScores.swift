import Domain
import FluentKit
import Foundation
import SQLKit

/// The answers behind one group's scores, counted per point of each scale.
public struct ScoreGroup: Sendable {
    /// The month ("2026-03"), id or name the group is for; nil collects answers with no value.
    public let key: String?
    public var nps = ScaleTally.nps
    public var csat = ScaleTally.csat
    public var ces = ScaleTally.ces

    public init(key: String?) { self.key = key }

    public var answers: Int { max(nps.total, csat.total, ces.total) }
}

/// Scores per group, read from the kept figures (`FeedbackFigures`): a few indexed rows per group,
/// whatever the number of items; exact scores are then computed from the counts.
public enum FeedbackScores {
    /// Every group of the dimension (one overall group for nil), ordered by key, groups with no value last.
    public static func groups(_ organizationID: UUID, by dimension: ScoreDimension?, subjects: [String]? = nil,
                              on db: any Database) async throws -> [ScoreGroup] {
        let rows = try await FeedbackFigureStore.read(organizationID, figures: FeedbackFigures.scales,
                                                      dimension: dimension?.rawValue ?? FeedbackFigures.overall, subjects: subjects, on: db)
        var groups: [String: ScoreGroup] = [:]
        for (key, count) in rows {
            guard let value = Int(key.detail) else { continue }
            let scale: WritableKeyPath<ScoreGroup, ScaleTally> = key.figure == "nps" ? \.nps : key.figure == "csat" ? \.csat : \.ces
            groups[key.subject, default: ScoreGroup(key: dimension == nil ? nil : key.subjectValue)][keyPath: scale].add(value, times: count)
        }
        return groups.values.sorted { ($0.key ?? "\u{10FFFF}") < ($1.key ?? "\u{10FFFF}") }
    }

    /// One page of the dimension's groups, most answers first (ties by key, groups with no value last).
    public static func page(_ organizationID: UUID, by dimension: ScoreDimension, _ page: Pagination, on db: any Database) async throws
        -> Paged<ScoreGroup> {
        guard let sql = db as? any SQLDatabase else { return Paged(items: [], request: page, total: 0) }
        let totals = SQLQueryString("""
            FROM feedback_figures WHERE organization_id = \(bind: organizationID)
            AND figure IN (\(binds: FeedbackFigures.scales.map(FeedbackFigures.totalFigure))) AND dimension = \(bind: dimension.rawValue) AND n <> 0
            """)
        let total = try await sql.raw("SELECT COUNT(DISTINCT subject) AS n \(totals)").first()?.decode(column: "n", as: Int.self) ?? 0
        let bytewise = sql.dialect.name == "postgresql" ? " COLLATE \"C\"" : ""
        let subjects = try await sql.raw("""
            SELECT subject, MAX(n) AS answers \(totals) GROUP BY subject ORDER BY answers DESC, subject\(unsafeRaw: bytewise)
            LIMIT \(bind: page.per) OFFSET \(bind: page.offset)
            """).all().map { try $0.decode(column: "subject", as: String.self) }
        let groups = try await groups(organizationID, by: dimension, subjects: subjects, on: db)
        let byKey = Dictionary(uniqueKeysWithValues: groups.map { (FigureKey.encode($0.key), $0) })
        return Paged(items: subjects.compactMap { byKey[$0] }, request: page, total: total)
    }
}

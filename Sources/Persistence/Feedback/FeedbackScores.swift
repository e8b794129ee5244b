import Domain
import FluentKit
import Foundation
import SQLKit

/// What scores can be broken down by.
public enum ScoreDimension: String, Choice {
    case month, journey, stage, touchpoint, channel, segment

    public var label: String {
        switch self {
        case .month: "Month"
        case .journey: "Journey"
        case .stage: "Stage"
        case .touchpoint: "Touchpoint"
        case .channel: "Channel"
        case .segment: "Segment"
        }
    }
}

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

/// Counts survey answers per group in the database (a GROUP BY per scale), so no feedback row is
/// loaded into memory whatever the organization's size; exact scores are then computed from the counts.
public enum FeedbackScores {
    public static func groups(_ organizationID: UUID, by dimension: ScoreDimension?, on db: any Database) async throws -> [ScoreGroup] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var groups: [String: ScoreGroup] = [:]
        let noKey = "\u{0}none"
        for (column, path) in [("nps", \ScoreGroup.nps), ("csat", \ScoreGroup.csat), ("ces", \ScoreGroup.ces)] as [(String, WritableKeyPath<ScoreGroup, ScaleTally>)] {
            let (keyExpression, joins, keyIsID) = expression(for: dimension)
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: keyExpression) AS k, f.\(unsafeRaw: column) AS v, COUNT(*) AS n FROM feedback_items f \(unsafeRaw: joins)
                WHERE f.organization_id = \(bind: organizationID) AND f.\(unsafeRaw: column) IS NOT NULL
                GROUP BY \(unsafeRaw: dimension == nil ? "" : keyExpression + ", ")f.\(unsafeRaw: column)
                """).all()
            for row in rows {
                let key: String? = keyIsID ? try row.decodeNil(column: "k") ? nil : try row.decode(column: "k", as: UUID.self).uuidString
                    : try row.decode(column: "k", as: String?.self)
                let value = try row.decode(column: "v", as: Int.self), count = try row.decode(column: "n", as: Int.self)
                groups[key ?? noKey, default: ScoreGroup(key: key)][keyPath: path].add(value, times: count)
            }
        }
        return groups.values.sorted { ($0.key ?? "\u{10FFFF}") < ($1.key ?? "\u{10FFFF}") }
    }

    private static func expression(for dimension: ScoreDimension?) -> (String, String, Bool) {
        let viaTouchpoint = "JOIN feedback_touchpoints ft ON ft.feedback_id = f.id JOIN touchpoints t ON t.id = ft.touchpoint_id"
        switch dimension {
        case nil: return ("NULL", "", false)  // one group; PostgreSQL refuses a constant in GROUP BY
        case .month: return ("substr(f.date, 1, 7)", "", false)
        case .channel: return ("f.channel", "", false)
        case .segment: return ("f.segment", "", false)
        case .touchpoint: return ("ft.touchpoint_id", viaTouchpoint, true)
        case .stage: return ("t.stage_id", viaTouchpoint, true)
        case .journey: return ("t.journey_id", viaTouchpoint, true)
        }
    }
}

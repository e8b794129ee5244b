import Domain
import FluentKit
import Foundation
import SQLKit

/// The customer heat of one journey's touchpoints: confirmed frictions counted in the database, comments
/// from the kept figures, and the few quoted read in order from an index, so no other feedback row is read.
public enum CustomerHeatQuery {
    public static func load(journeyID: UUID, organizationID org: UUID, on db: any Database) async throws -> HeatOverlay {
        guard let sql = db as? any SQLDatabase else { return HeatOverlay() }
        var heat: [UUID: CustomerHeat] = [:]
        for row in try await confirmedFriction(journeyID, org, sql) {
            let id = try row.decode(column: "tp", as: UUID.self)
            heat[id, default: CustomerHeat()].confirmedFrictionCount = try row.decode(column: "n", as: Int.self)
            heat[id, default: CustomerHeat()].worstConfirmedSeverity = try row.decode(column: "worst", as: Int?.self)
        }
        let touchpoints = try await TouchpointRecord.query(on: db).filter(\.$organizationID == org).filter(\.$journeyID == journeyID).all(\.$id)
        for (id, counts) in try await sentiment(touchpoints, org, on: db) {
            heat[id, default: CustomerHeat()].feedbackCount = counts.items
            heat[id, default: CustomerHeat()].negativeCount = counts.negative
        }
        let quotes = try await mostNegative(touchpoints, org, sql)
        return HeatOverlay(heat: heat, quotes: quotes)
    }

    /// Open and addressed frictions on each touchpoint, on a handoff from or to it, or on a process
    /// linked to it, that customers confirmed. UNION (not UNION ALL) counts a friction reached two
    /// ways once; closed frictions no longer hurt anyone, so they are left out.
    static func confirmedFriction(_ journey: UUID, _ org: UUID, _ sql: any SQLDatabase) async throws -> [any SQLRow] {
        try await sql.raw("""
            SELECT r.tp AS tp, COUNT(*) AS n, MAX(fp.severity) AS worst FROM (
                SELECT t.id AS tp, f.id AS fid FROM touchpoints t JOIN friction_points f ON f.touchpoint_id = t.id
                WHERE t.journey_id = \(bind: journey) AND t.organization_id = \(bind: org)
                UNION
                SELECT t.id AS tp, f.id AS fid FROM touchpoints t
                JOIN handoffs h ON h.from_touchpoint_id = t.id OR h.to_touchpoint_id = t.id
                JOIN friction_points f ON f.handoff_id = h.id
                WHERE t.journey_id = \(bind: journey) AND t.organization_id = \(bind: org)
                UNION
                SELECT t.id AS tp, f.id AS fid FROM touchpoints t
                JOIN process_touchpoints pt ON pt.touchpoint_id = t.id
                JOIN friction_points f ON f.process_id = pt.process_id
                WHERE t.journey_id = \(bind: journey) AND t.organization_id = \(bind: org)
            ) r
            JOIN friction_points fp ON fp.id = r.fid
            WHERE fp.organization_id = \(bind: org) AND fp.status IN ('open', 'addressed')
            AND EXISTS (SELECT 1 FROM friction_links l WHERE l.friction_id = fp.id
                        AND l.organization_id = \(bind: org) AND l.status = 'confirmed')
            GROUP BY r.tp
            """).all()
    }

    /// Comments on each touchpoint and how many of them are negative, from the kept figures.
    static func sentiment(_ touchpoints: [UUID], _ org: UUID, on db: any Database) async throws -> [UUID: (items: Int, negative: Int)] {
        var result: [UUID: (items: Int, negative: Int)] = [:]
        for (key, n) in try await FeedbackFigureStore.read(org, figures: [FeedbackFigures.heat], dimension: ScoreDimension.touchpoint.rawValue,
                                                            subjects: touchpoints.map { FigureKey.encode($0.uuidString) }, on: db) {
            guard let id = key.subjectValue.flatMap(UUID.init(uuidString:)) else { continue }
            if key.detail == FeedbackFigures.negative { result[id, default: (0, 0)].negative += n } else { result[id, default: (0, 0)].items += n }
        }
        return result
    }

    /// The most negative comments with words in them on a touchpoint, lowest score first, then by id so
    /// ties read the same on every page load and both databases; read in order from the links' index
    /// (`quote_score` is set only on links of negative items with words).
    static func mostNegative(_ touchpoints: [UUID], _ org: UUID, _ sql: any SQLDatabase) async throws -> [UUID: [CustomerQuote]] {
        // One statement of one index-bounded part per touchpoint: the links are chosen first, in index order,
        // so the database never starts from the organization's items, and the page waits for one answer.
        var quotes: [UUID: [CustomerQuote]] = [:]
        for start in stride(from: 0, to: touchpoints.count, by: 200) {
            let parts = touchpoints[start..<min(start + 200, touchpoints.count)].enumerated().map { index, touchpoint in
                SQLQueryString("""
                    SELECT * FROM (SELECT touchpoint_id, feedback_id, quote_score FROM feedback_touchpoints
                    WHERE touchpoint_id = \(bind: touchpoint) AND quote_score IS NOT NULL
                    ORDER BY quote_score, feedback_id LIMIT \(unsafeRaw: String(HeatOverlay.quotesPerTouchpoint))) AS q\(unsafeRaw: String(index))
                    """)
            }
            // The organization is checked on each row here, not in SQL: given "f.organization_id = ?", SQLite
            // started from all the organization's items and looked each up among the quotes (seconds at 100,000).
            for row in try await sql.raw("""
                SELECT q.touchpoint_id AS tp, f.id AS fid, f.text AS body, q.quote_score AS score, f.organization_id AS org FROM (\(parts.joined(separator: " UNION ALL ")))
                AS q JOIN feedback_items f ON f.id = q.feedback_id
                """).all() where try row.decode(column: "org", as: UUID.self) == org {
                quotes[try row.decode(column: "tp", as: UUID.self), default: []].append(
                    CustomerQuote(feedbackID: try row.decode(column: "fid", as: UUID.self), text: try row.decode(column: "body", as: String.self),
                                  sentimentScore: try row.decode(column: "score", as: Double.self)))
            }
        }
        return quotes.mapValues { $0.sorted { ($0.sentimentScore, $0.feedbackID.uuidString) < ($1.sentimentScore, $1.feedbackID.uuidString) } }
    }
}

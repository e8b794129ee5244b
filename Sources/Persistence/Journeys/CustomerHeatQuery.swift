import Domain
import FluentKit
import Foundation
import SQLKit

/// The customer heat of one journey's touchpoints, counted in the database (three GROUP BY queries and
/// one windowed query per journey) so that no feedback row is loaded except the few quoted.
/// Every query starts from the journey's touchpoints, so no list of ids is ever bound.
public enum CustomerHeatQuery {
    public static func load(journeyID: UUID, organizationID org: UUID, on db: any Database) async throws -> HeatOverlay {
        guard let sql = db as? any SQLDatabase else { return HeatOverlay() }
        var heat: [UUID: CustomerHeat] = [:]
        for row in try await confirmedFriction(journeyID, org, sql) {
            let id = try row.decode(column: "tp", as: UUID.self)
            heat[id, default: CustomerHeat()].confirmedFrictionCount = try row.decode(column: "n", as: Int.self)
            heat[id, default: CustomerHeat()].worstConfirmedSeverity = try row.decode(column: "worst", as: Int?.self)
        }
        for row in try await sentiment(journeyID, org, sql) {
            let id = try row.decode(column: "tp", as: UUID.self)
            heat[id, default: CustomerHeat()].feedbackCount = try row.decode(column: "n", as: Int.self)
            heat[id, default: CustomerHeat()].negativeCount = try row.decode(column: "neg", as: Int?.self) ?? 0
        }
        var quotes: [UUID: [CustomerQuote]] = [:]
        for row in try await mostNegative(journeyID, org, sql) {
            quotes[try row.decode(column: "tp", as: UUID.self), default: []].append(
                CustomerQuote(feedbackID: try row.decode(column: "fid", as: UUID.self), text: try row.decode(column: "body", as: String.self),
                              sentimentScore: try row.decode(column: "score", as: Double.self)))
        }
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

    /// Comments on each touchpoint and how many of them are negative.
    static func sentiment(_ journey: UUID, _ org: UUID, _ sql: any SQLDatabase) async throws -> [any SQLRow] {
        try await sql.raw("""
            SELECT t.id AS tp, COUNT(*) AS n, SUM(CASE WHEN f.sentiment_label = 'negative' THEN 1 ELSE 0 END) AS neg
            FROM touchpoints t JOIN feedback_touchpoints ft ON ft.touchpoint_id = t.id JOIN feedback_items f ON f.id = ft.feedback_id
            WHERE t.journey_id = \(bind: journey) AND t.organization_id = \(bind: org) AND f.organization_id = \(bind: org)
            GROUP BY t.id
            """).all()
    }

    /// The most negative comments with words in them per touchpoint, lowest score first, then by id so
    /// ties read the same on every page load and both databases. Items without a score are skipped:
    /// SQLite and PostgreSQL sort NULL at opposite ends.
    static func mostNegative(_ journey: UUID, _ org: UUID, _ sql: any SQLDatabase) async throws -> [any SQLRow] {
        try await sql.raw("""
            SELECT q.tp AS tp, q.fid AS fid, q.body AS body, q.score AS score FROM (
                SELECT t.id AS tp, f.id AS fid, f.text AS body, f.sentiment_score AS score,
                       ROW_NUMBER() OVER (PARTITION BY t.id ORDER BY f.sentiment_score, f.id) AS rn
                FROM touchpoints t JOIN feedback_touchpoints ft ON ft.touchpoint_id = t.id
                JOIN feedback_items f ON f.id = ft.feedback_id
                WHERE t.journey_id = \(bind: journey) AND t.organization_id = \(bind: org) AND f.organization_id = \(bind: org)
                AND f.sentiment_label = 'negative' AND f.sentiment_score IS NOT NULL AND TRIM(f.text) <> ''
            ) q
            WHERE q.rn <= \(unsafeRaw: String(HeatOverlay.quotesPerTouchpoint))
            ORDER BY q.tp, q.rn
            """).all()
    }
}

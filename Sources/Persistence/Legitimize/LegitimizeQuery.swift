import Domain
import FluentKit
import Foundation
import SQLKit

/// Loads the three Legitimize views from aggregates: confirmed links per friction, and the
/// friction or negative feedback no confirmed link explains, per theme.
public enum LegitimizeQuery {
    public static func board(_ organizationID: UUID, on db: any Database, today: CalendarDate) async throws -> LegitimizeBoard {
        guard let sql = db as? any SQLDatabase else { throw LegitimizeQueryError.needsSQL }
        let frictions = try await FrictionRecord.query(on: db).filter(\.$organizationID == organizationID).all().map {
            BoardFriction(id: $0.id!, description: $0.details, severity: $0.severity,
                          status: FrictionStatus(rawValue: $0.status) ?? .open, recordedOn: $0.createdAt.map(CalendarDate.init))
        }
        var confirmed: [UUID: Evidence] = [:]
        for row in try await sql.raw("""
            SELECT l.friction_id AS subject, \(unsafeRaw: aggregates) FROM friction_links l JOIN feedback_items f ON f.id = l.feedback_id
            LEFT JOIN customers c ON c.id = f.customer_id
            WHERE l.organization_id = \(bind: organizationID) AND l.status = 'confirmed' GROUP BY l.friction_id
            """).all() {
            confirmed[try row.decode(column: "subject", as: UUID.self)] = try evidence(row)
        }
        var unexplained: [String?: Evidence] = [:]
        for row in try await sql.raw("""
            SELECT f.theme AS subject, \(unsafeRaw: aggregates) FROM feedback_items f LEFT JOIN customers c ON c.id = f.customer_id
            WHERE f.organization_id = \(bind: organizationID) AND (f.kind = 'friction' OR f.sentiment_label = 'negative')
            AND NOT EXISTS (SELECT 1 FROM friction_links l WHERE l.feedback_id = f.id AND l.status = 'confirmed')
            GROUP BY f.theme
            """).all() {
            unexplained[try row.decode(column: "subject", as: String?.self)] = try evidence(row)
        }
        var frictionProposals: [UUID: Int] = [:], themeProposals: [String: Int] = [:]
        for row in try await sql.raw("""
            SELECT friction_id, theme, COUNT(*) AS n FROM friction_links
            WHERE organization_id = \(bind: organizationID) AND status = 'proposed' GROUP BY friction_id, theme
            """).all() {
            let count = try row.decode(column: "n", as: Int.self)
            frictionProposals[try row.decode(column: "friction_id", as: UUID.self), default: 0] += count
            if let theme = try row.decode(column: "theme", as: String?.self) { themeProposals[theme, default: 0] += count }
        }
        return LegitimizeBoard(frictions: frictions, frictionEvidence: confirmed, unexplained: unexplained,
                               frictionProposals: frictionProposals, themeProposals: themeProposals, today: today)
    }

    /// The same aggregates for any group of feedback rows `f` with their customers `c`.
    static let aggregates = """
        COUNT(*) AS n, CAST(SUM(COALESCE(f.priority, 0)) AS BIGINT) AS psum, COUNT(f.priority) AS pn,
        MAX(CASE c.value_tier WHEN 'strategic' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END) AS tier,
        MAX(f.date) AS newest, SUM(CASE WHEN f.sentiment_score < 0 THEN -f.sentiment_score ELSE 0.0 END) AS neg
        """

    static func evidence(_ row: any SQLRow) throws -> Evidence {
        Evidence(count: try row.decode(column: "n", as: Int.self), statedPrioritySum: try row.decode(column: "psum", as: Int.self),
                 statedPriorityCount: try row.decode(column: "pn", as: Int.self),
                 highestTier: ValueTier(rank: try row.decode(column: "tier", as: Int.self)),
                 newest: try row.decode(column: "newest", as: String?.self).flatMap { CalendarDate($0) },
                 negativitySum: try row.decode(column: "neg", as: Double.self))
    }
}

enum LegitimizeQueryError: Error { case needsSQL }

import Domain
import FluentKit
import Foundation
import SQLKit

/// Loads the three Legitimize views from the kept figures: the evidence confirmed links bring each
/// friction, and the friction or negative feedback no confirmed link explains, per theme.
public enum LegitimizeQuery {
    public static func board(_ organizationID: UUID, on db: any Database, today: CalendarDate) async throws -> LegitimizeBoard {
        guard let sql = db as? any SQLDatabase else { throw LegitimizeQueryError.needsSQL }
        // Plain rows: every friction is ranked, and decoding each as a record cost most of the page's time.
        let frictions = try await sql.raw("""
            SELECT id, description, severity, status, created_at FROM friction_points WHERE organization_id = \(bind: organizationID)
            """).all().map { row in
            BoardFriction(id: try row.decode(column: "id", as: UUID.self), description: try row.decode(column: "description", as: String.self),
                          severity: try row.decode(column: "severity", as: Int.self),
                          status: FrictionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
                          recordedOn: try row.decode(column: "created_at", as: Date?.self).map(CalendarDate.init))
        }
        var confirmed: [UUID: Evidence] = [:]
        for (subject, evidence) in try await evidence(organizationID, FeedbackFigures.confirmed, FeedbackFigures.friction, on: db) {
            if let id = subject.flatMap(UUID.init(uuidString:)) { confirmed[id] = evidence }
        }
        let unexplained = try await evidence(organizationID, FeedbackFigures.unexplained, FeedbackFigures.themeDimension, on: db)
        var frictionProposals: [UUID: Int] = [:], themeProposals: [String: Int] = [:]
        for (key, n) in try await FeedbackFigureStore.read(organizationID, figures: [FeedbackFigures.proposed], dimension: FeedbackFigures.friction, on: db) {
            if let id = key.subjectValue.flatMap(UUID.init(uuidString:)) { frictionProposals[id] = n }
        }
        for (key, n) in try await FeedbackFigureStore.read(organizationID, figures: [FeedbackFigures.proposed], dimension: FeedbackFigures.themeDimension,
                                                            on: db) {
            if let theme = key.subjectValue { themeProposals[theme] = n }
        }
        return LegitimizeBoard(frictions: frictions, frictionEvidence: confirmed, unexplained: unexplained,
                               frictionProposals: frictionProposals, themeProposals: themeProposals, today: today)
    }

    /// The kept evidence of every subject of one view, one row per subject: its counters summed in the database
    /// (a row per counter meant decoding some 25,000 rows a request for 5,000 frictions), the highest tier
    /// among them, and the newest date from the counts per date.
    static func evidence(_ organizationID: UUID, _ figure: String, _ dimension: String, on db: any Database) async throws -> [String?: Evidence] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        // Cast back: PostgreSQL sums bigints as numeric.
        func sum(_ detail: String) -> SQLQueryString { "CAST(SUM(CASE WHEN f.detail = \(bind: detail) THEN f.n ELSE 0 END) AS BIGINT)" }
        let rows = try await sql.raw("""
            SELECT f.subject AS subject, \(sum(FeedbackFigures.items)) AS items, \(sum(FeedbackFigures.prioritySum)) AS priority_sum,
                   \(sum(FeedbackFigures.priorityCount)) AS priority_count, \(sum(FeedbackFigures.negativityNanos)) AS negativity,
                   MAX(CASE WHEN f.detail LIKE 'tier.%' THEN CAST(SUBSTR(f.detail, 6) AS INTEGER) ELSE 0 END) AS tier,
                   (SELECT MAX(d.detail) FROM feedback_figures d WHERE d.organization_id = f.organization_id AND d.figure = \(bind: FeedbackFigures.dateFigure(figure))
                    AND d.dimension = f.dimension AND d.subject = f.subject AND d.n <> 0) AS newest
            FROM feedback_figures f WHERE f.organization_id = \(bind: organizationID) AND f.figure = \(bind: figure) AND f.dimension = \(bind: dimension)
            AND f.n <> 0 GROUP BY f.organization_id, f.dimension, f.subject
            """).all()
        var result: [String?: Evidence] = [:]
        for row in rows {
            var evidence = Evidence()
            evidence.count = try row.decode(column: "items", as: Int.self)
            evidence.statedPrioritySum = try row.decode(column: "priority_sum", as: Int.self)
            evidence.statedPriorityCount = try row.decode(column: "priority_count", as: Int.self)
            evidence.negativitySum = Double(try row.decode(column: "negativity", as: Int.self)) / FeedbackFigures.nanos
            let tier = try row.decode(column: "tier", as: Int.self)
            if tier > 0 { evidence.highestTier = ValueTier(rank: tier) }
            evidence.newest = try row.decode(column: "newest", as: String?.self).flatMap { CalendarDate($0) }
            result[FigureKey.decode(try row.decode(column: "subject", as: String.self))] = evidence
        }
        return result
    }
}

enum LegitimizeQueryError: Error { case needsSQL }

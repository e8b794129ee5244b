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

    /// The kept evidence of every subject of one view, with the newest date read from the counts per date.
    static func evidence(_ organizationID: UUID, _ figure: String, _ dimension: String, on db: any Database) async throws -> [String?: Evidence] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var result: [String: Evidence] = [:]
        for (key, n) in try await FeedbackFigureStore.read(organizationID, figures: [figure], dimension: dimension, on: db) {
            var evidence = result[key.subject] ?? Evidence()
            switch key.detail {
            case FeedbackFigures.items: evidence.count = n
            case FeedbackFigures.prioritySum: evidence.statedPrioritySum = n
            case FeedbackFigures.priorityCount: evidence.statedPriorityCount = n
            case FeedbackFigures.negativityNanos: evidence.negativitySum = Double(n) / FeedbackFigures.nanos
            default:
                if key.detail.hasPrefix("tier."), let rank = Int(key.detail.dropFirst(5)), rank > (evidence.highestTier?.rank ?? 0) {
                    evidence.highestTier = ValueTier(rank: rank)
                }
            }
            result[key.subject] = evidence
        }
        for row in try await sql.raw("""
            SELECT subject, MAX(detail) AS newest FROM feedback_figures WHERE organization_id = \(bind: organizationID)
            AND figure = \(bind: FeedbackFigures.dateFigure(figure)) AND dimension = \(bind: dimension) AND n <> 0 GROUP BY subject
            """).all() {
            let subject = try row.decode(column: "subject", as: String.self)
            result[subject]?.newest = CalendarDate(try row.decode(column: "newest", as: String.self))
        }
        return Dictionary(uniqueKeysWithValues: result.map { (FigureKey.decode($0.key), $0.value) })
    }
}

enum LegitimizeQueryError: Error { case needsSQL }

import Domain
import FluentKit
import Foundation
import SQLKit

extension HealthSignals {
    /// NPS, CSAT and negative items from the kept figures of the touchpoints each shown team owns, summed
    /// in the database (a team's touchpoints hold thousands of counters).
    func teamFigures(_ sql: any SQLDatabase, _ shown: [UUID], _ teams: inout [UUID: TeamHealth.Signals]) async throws {
        guard !shown.isEmpty else { return }
        // Figures name a touchpoint by its id's text as Swift writes it (upper case); PostgreSQL writes uuids in lower case.
        let rows = try await sql.raw("""
            SELECT t.owning_team_id AS team, f.figure, f.detail, CAST(SUM(f.n) AS BIGINT) AS n FROM touchpoints t
            JOIN feedback_figures f ON f.organization_id = t.organization_id AND f.dimension = \(bind: ScoreDimension.touchpoint.rawValue)
              AND f.subject = '+' || UPPER(CAST(t.id AS TEXT))
            WHERE t.organization_id = \(bind: scope.id) AND t.owning_team_id IN (\(binds: shown))
              AND f.figure IN (\(binds: ["nps", "csat", FeedbackFigures.heat])) AND f.n <> 0
            GROUP BY t.owning_team_id, f.figure, f.detail
            """).all()
        for row in rows {
            let team = try row.decode(column: "team", as: UUID.self)
            add(try row.decode(column: "figure", as: String.self), try row.decode(column: "detail", as: String.self),
                try row.decode(column: "n", as: Int.self), to: &teams[team, default: .init()])
        }
    }

    /// The organization's answers and items counted once each, from its overall figures.
    func organizationFigures(_ sql: any SQLDatabase, _ whole: inout TeamHealth.Signals) async throws {
        let rows = try await sql.raw("""
            SELECT figure, subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: scope.id) AND n <> 0 AND (
              (figure IN (\(binds: ["nps", "csat"])) AND dimension = \(bind: FeedbackFigures.overall))
              OR (figure = \(bind: FeedbackFigures.feedback) AND dimension = \(bind: FeedbackFigures.overall))
              OR (figure = \(bind: FeedbackFigures.feedback) AND dimension = 'sentiment' AND subject = \(bind: FigureKey.encode(SentimentLabel.negative.rawValue))))
            """).all()
        for row in rows {
            let figure = try row.decode(column: "figure", as: String.self), n = try row.decode(column: "n", as: Int.self)
            if figure == FeedbackFigures.feedback {
                let negative = try row.decode(column: "subject", as: String.self) != FigureKey.encode(nil)
                add(FeedbackFigures.heat, negative ? FeedbackFigures.negative : FeedbackFigures.items, n, to: &whole)
            } else {
                add(figure, try row.decode(column: "detail", as: String.self), n, to: &whole)
            }
        }
    }

    private func add(_ figure: String, _ detail: String, _ count: Int, to signals: inout TeamHealth.Signals) {
        switch (figure, detail) {
        case ("nps", let value): signals.nps[Int(value) ?? 0, default: 0] += count
        case ("csat", let value): signals.csat[Int(value) ?? 0, default: 0] += count
        case (FeedbackFigures.heat, FeedbackFigures.items): signals.feedbackItems += count
        case (FeedbackFigures.heat, FeedbackFigures.negative): signals.negativeItems += count
        default: break
        }
    }
}

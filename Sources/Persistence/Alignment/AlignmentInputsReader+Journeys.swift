import Domain
import FluentKit
import Foundation
import SQLKit

extension AlignmentInputsReader {
    /// The inputs of one journey: the NPS answers and the feedback heard on its touchpoints (kept figures), its open friction
    /// points, its touchpoints and its handoffs. The inside and the loop belong to teams, so a journey's index is its
    /// customer side and its structure.
    func journey(_ id: UUID) async throws -> AlignmentInputs {
        var inputs = AlignmentInputs()
        let touchpoints = try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$journeyID == id).all()
        let ids = touchpoints.compactMap(\.id)
        inputs.touchpoints = ids.count
        inputs.nps = try await npsAnswers(journey: id)
        (inputs.feedbackItems, inputs.negativeItems) = try await heard(on: ids)
        if !ids.isEmpty {
            inputs.openFrictions = try await FrictionRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
                .filter(\.$status == FrictionStatus.open.rawValue).filter(\.$touchpointID ~~ ids).count()
        }
        let handoffs = HandoffRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$journeyID == id)
        inputs.handoffs = try await handoffs.copy().count()
        inputs.unownedHandoffs = try await handoffs.copy().filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil).count()
        return inputs
    }

    /// NPS answers by value on the journey's touchpoints, from the kept figures.
    private func npsAnswers(journey: UUID) async throws -> [Int: Int] {
        guard let sql = scope.db as? any SQLDatabase else { return [:] }
        var answers: [Int: Int] = [:]
        for row in try await sql.raw("""
            SELECT detail, n FROM feedback_figures WHERE organization_id = \(bind: scope.id) AND figure = 'nps'
              AND dimension = \(bind: ScoreDimension.journey.rawValue) AND subject = \(bind: FigureKey.encode(journey.uuidString))
            """).all() {
            if let value = Int(try row.decode(column: "detail", as: String.self)) { answers[value, default: 0] += try row.decode(column: "n", as: Int.self) }
        }
        return answers
    }

    /// Feedback items heard on these touchpoints, and the negative ones, from the kept figures.
    private func heard(on touchpoints: [UUID]) async throws -> (Int, Int) {
        guard let sql = scope.db as? any SQLDatabase, !touchpoints.isEmpty else { return (0, 0) }
        var counts = (items: 0, negative: 0)
        for row in try await sql.raw("""
            SELECT detail, CAST(SUM(n) AS BIGINT) AS n FROM feedback_figures WHERE organization_id = \(bind: scope.id) AND figure = \(bind: FeedbackFigures.heat)
              AND dimension = \(bind: ScoreDimension.touchpoint.rawValue) AND subject IN (\(binds: touchpoints.map { FigureKey.encode($0.uuidString) }))
            GROUP BY detail
            """).all() {
            let n = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "detail", as: String.self) {
            case FeedbackFigures.items: counts.items = n
            case FeedbackFigures.negative: counts.negative = n
            default: break
            }
        }
        return counts
    }
}

import Domain
import Foundation
import Persistence
import Vapor
import Web

/// `GET …/health`: each team's four scores with their counts, or `suppressed` with no figure; the signals and what is past the limits.
extension HealthController {
    struct HealthJSON: Content {
        struct PulseRef: Content { let id: UUID, title: String, sentOn: String }
        struct Score: Content { let percentFavourable: Double, answers: Int }
        struct Signals: Content {
            let nps: Double?, npsAnswers: Int, csatSatisfied: Double?, csatAnswers: Int, feedbackItems: Int, negativeItems: Int, openFrictions: Int
            let headcount: Int, leavers: Int, strainedHandoffs: Int, unownedHandoffs: Int, escalations: Int, commitmentsKept: Int, commitmentsAssessed: Int
        }
        struct Team: Content {
            let teamId: UUID?, name: String
            let suppressed: Bool
            let reason: String?
            let scores: [String: Score]?
            let strategyUnderstanding: Score?
            let signals: Signals
            let misaligned: [String: [String]]
        }
        let threshold: Int
        let pulses: [PulseRef]
        let organization: Team
        let teams: [Team]
        let page: Int, per: Int, total: Int
    }

    func api(req: Request) async throws -> Response {
        let asked = pagination(req.queryValues)
        let report = try await Health(scope: try await req.orgContext().scope).report(page: asked.page, per: asked.per)
        return try json(HealthJSON(threshold: report.threshold, pulses: report.pulses.map { .init(id: $0.id, title: $0.title, sentOn: $0.sentOn.description) },
                                   organization: Self.team(report.organization), teams: report.teams.items.map(Self.team),
                                   page: report.teams.page, per: report.teams.per, total: report.teams.total))
    }

    static func team(_ health: TeamHealth) -> HealthJSON.Team {
        let suppression = health.cells.values.compactMap(\.suppression).first
        func score(_ tally: PulseResults.Tally?) -> HealthJSON.Score? {
            tally.flatMap { tally in tally.percentFavourable.map { .init(percentFavourable: $0, answers: tally.answers) } }
        }
        let s = health.signals
        let signals = HealthJSON.Signals(nps: s.npsScore?.value, npsAnswers: s.npsScore?.n ?? 0, csatSatisfied: s.csatSatisfied?.value, csatAnswers: s.csatSatisfied?.n ?? 0,
                                         feedbackItems: s.feedbackItems, negativeItems: s.negativeItems, openFrictions: s.openFrictions, headcount: s.headcount,
                                         leavers: s.leavers, strainedHandoffs: s.strainedHandoffs, unownedHandoffs: s.unownedHandoffs, escalations: s.escalations,
                                         commitmentsKept: s.commitmentsKept, commitmentsAssessed: s.commitmentsAssessed)
        let scores = Dictionary(FourC.allCases.compactMap { experience in score(health.cells[experience]?.score).map { (experience.rawValue, $0) } },
                                uniquingKeysWith: { first, _ in first })
        return .init(teamId: health.teamID, name: health.name, suppressed: suppression != nil, reason: suppression?.rawValue,
                     scores: suppression == nil ? scores : nil, strategyUnderstanding: suppression == nil ? score(health.strategy) : nil, signals: signals,
                     misaligned: Dictionary(FourC.allCases.compactMap { experience in
                         health.cells[experience].flatMap { $0.breaches.isEmpty ? nil : (experience.rawValue, $0.breaches) }
                     }, uniquingKeysWith: { first, _ in first }))
    }
}

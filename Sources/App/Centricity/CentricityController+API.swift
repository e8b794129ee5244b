import Domain
import Foundation
import Persistence
import Vapor

/// `GET …/centricity`: per competency the target, the assessed level with its spread, the gap, its history and the evidence.
extension CentricityController {
    struct CentricityJSON: Content {
        struct Check: Content { let level: Int, description: String, figure: String, met: Bool }
        struct Round: Content { let month: String, median: Double, lowest: Int, highest: Int, assessors: Int, levels: [Int] }
        struct Linked: Content { let kind: String, id: UUID }
        struct Competency: Content {
            let id: UUID, key: String, name: String
            let targetLevel: Int?, targetReason: String?
            /// The current round: each assessor's latest level in the month of the latest assessment.
            let assessedLevel: Double?, lowest: Int?, highest: Int?, assessors: Int
            let gap: Double?
            let supportedLevel: Int?, contradictsEvidence: Bool
            let history: [Round]
            let evidence: [Check]
            let closing: [Linked]
        }
        let competencies: [Competency]
        let missingBuiltIn: [String]
    }

    func api(req: Request) async throws -> Response {
        let report = try await Centricity(scope: try await req.orgContext().scope).report()
        return try json(CentricityJSON(competencies: report.rows.map(Self.competencyJSON), missingBuiltIn: report.missingBuiltIn.map(\.key)))
    }

    static func competencyJSON(_ row: Centricity.Row) -> CentricityJSON.Competency {
        let gap = row.gap, current = gap.current, target = row.target?.content
        let closing = (target?.initiativeIDs.map { CentricityJSON.Linked(kind: "initiative", id: $0) } ?? [])
            + (target?.kpiIDs.map { CentricityJSON.Linked(kind: "kpi", id: $0) } ?? [])
            + (target?.commitmentIDs.map { CentricityJSON.Linked(kind: "commitment", id: $0) } ?? [])
        return .init(id: row.competency.id, key: row.competency.key, name: row.competency.name, targetLevel: target?.level, targetReason: target?.reason,
                     assessedLevel: current?.median, lowest: current?.lowest, highest: current?.highest, assessors: current?.levels.count ?? 0,
                     gap: gap.gap, supportedLevel: gap.supportedLevel, contradictsEvidence: gap.contradictsEvidence,
                     history: gap.rounds.map { .init(month: $0.month, median: $0.median, lowest: $0.lowest, highest: $0.highest, assessors: $0.levels.count, levels: $0.levels) },
                     evidence: gap.checks.map { .init(level: $0.level, description: $0.description, figure: $0.figure, met: $0.met) },
                     closing: closing)
    }

    func apiAddBuiltIn(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.create, .competencies)
        let added = try await Centricity(scope: ctx.scope).addBuiltIn()
        return try json(["added": added])
    }
}

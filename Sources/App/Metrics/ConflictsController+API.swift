import Domain
import Foundation
import Persistence
import Vapor

/// `GET …/metrics/conflicts`: each conflict's teams, KPIs, outcome and path, hop by hop.
extension ConflictsController {
    struct ConflictsJSON: Content {
        struct Hop: Content { let fromKpiId: UUID, toKpiId: UUID?, toOutcomeId: UUID?, sign: String, reason: String }
        struct Evidence: Content { let scale: String?, months: Int, rho: Double?, low: Double?, high: Double?, verdict: String?, summary: String }
        struct Push: Content { let kpiId: UUID, kpi: String, teamId: UUID?, team: String, rewarded: String, sign: String, path: [Hop], evidence: Evidence? }
        struct Outcome: Content { let id: UUID, name: String, customers: Int, feedbackItems: Int, negativeItems: Int }
        struct Opposed: Content { let outcome: Outcome, raising: Push, lowering: Push }
        struct Paid: Content { let outcome: Outcome, push: Push, confirmedFrictionIds: [UUID] }
        let opposed: [Opposed]
        let customersPay: [Paid]
        let unmeasured: [Outcome]
        let page: Int, per: Int, totalOpposed: Int, totalCustomersPay: Int, totalUnmeasured: Int
    }

    func api(req: Request) async throws -> Response {
        let asked = pagination(req.queryValues)
        let found = try await Metrics(scope: try await req.orgContext().scope).conflictsPage(page: asked.page, per: asked.per)
        let report = found.report
        func outcome(_ id: UUID) -> ConflictsJSON.Outcome {
            let found = report.outcome(id)
            return .init(id: id, name: found?.item.name ?? "", customers: found?.customers ?? 0, feedbackItems: found?.feedbackItems ?? 0,
                         negativeItems: found?.negativeItems ?? 0)
        }
        func push(_ push: MetricGraph.Push) -> ConflictsJSON.Push {
            let kpi = report.kpis[push.kpi]
            let evidence = found.evidence(push).map { evidence in
                ConflictsJSON.Evidence(scale: evidence.scale, months: evidence.months, rho: evidence.correlation?.rho, low: evidence.correlation?.low,
                                       high: evidence.correlation?.high, verdict: evidence.verdict?.rawValue, summary: evidence.summary)
            }
            return .init(kpiId: push.kpi, kpi: kpi?.name ?? "", teamId: kpi?.teamID, team: kpi.flatMap { report.teams[$0.teamID] } ?? "",
                         rewarded: kpi?.rewarded.rawValue ?? "", sign: push.sign.rawValue, path: push.path.map { hop in
                             switch hop.to {
                             case .outcome(let id): .init(fromKpiId: hop.from, toKpiId: nil, toOutcomeId: id, sign: hop.sign.rawValue, reason: hop.reason)
                             case .kpi(let id): .init(fromKpiId: hop.from, toKpiId: id, toOutcomeId: nil, sign: hop.sign.rawValue, reason: hop.reason)
                             }
                         }, evidence: evidence)
        }
        return try json(ConflictsJSON(
            opposed: found.opposed.map { .init(outcome: outcome($0.outcome), raising: push($0.raising), lowering: push($0.lowering)) },
            customersPay: found.paid.map { .init(outcome: outcome($0.push.outcome), push: push($0.push), confirmedFrictionIds: $0.evidence.frictions) },
            unmeasured: found.unmeasured.map(outcome), page: found.page, per: found.per, totalOpposed: found.totalOpposed,
            totalCustomersPay: found.totalPaid, totalUnmeasured: found.totalUnmeasured))
    }
}

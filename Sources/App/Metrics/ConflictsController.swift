import Domain
import Foundation
import Persistence
import Vapor
import Web

/// What the teams' KPIs do to customers: the conflicts page and `GET …/metrics/conflicts`.
struct ConflictsController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .metricConflicts, use: page)
        router.api(.GET, .metricConflicts, use: api)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let report = try await Metrics(scope: ctx.scope).conflicts()
        return req.page(ConflictsView.render(Self.model(report, slug: ctx.slug), shell: ctx.shell("Metrics conflicts", current: "metrics")))
    }

    /// Conflicts ranked by the customers, then the feedback, heard where their outcome is won or lost.
    static func model(_ report: Metrics.Report, slug: String) -> ConflictsModel {
        let names = Names(report: report, slug: slug)
        let opposed = report.conflicts.opposed.compactMap { conflict -> (Metrics.Outcome, ConflictsModel.Opposed)? in
            guard let outcome = report.outcome(conflict.outcome) else { return nil }
            let title = "Resolve: \(names.kpi(conflict.raising.kpi).name) and \(names.kpi(conflict.lowering.kpi).name) pull \"\(outcome.item.name)\" apart"
            return (outcome, ConflictsModel.Opposed(reach: names.reach(outcome), raising: names.push(conflict.raising), lowering: names.push(conflict.lowering),
                                                    initiativeURL: Paths.new(slug, .initiatives, query: ["title": title])))
        }
        let paid = report.conflicts.customersPay.compactMap { conflict -> (Metrics.Outcome, ConflictsModel.Paid)? in
            guard let outcome = report.outcome(conflict.push.outcome) else { return nil }
            let title = "Stop \(names.kpi(conflict.push.kpi).name) pushing down \"\(outcome.item.name)\""
            return (outcome, ConflictsModel.Paid(reach: names.reach(outcome), push: names.push(conflict.push),
                                                 frictions: conflict.evidence.frictions.map { .init("Friction point", Paths.item(slug, .frictions, $0)) },
                                                 initiativeURL: Paths.new(slug, .initiatives, query: ["title": title])))
        }
        return ConflictsModel(slug: slug, kpiCount: report.kpis.count, outcomeCount: report.outcomes.count,
                              opposed: ranked(opposed), paid: ranked(paid),
                              unmeasured: report.conflicts.unmeasured.compactMap { report.outcome($0).map(names.reach) })
    }

    static func ranked<T>(_ items: [(Metrics.Outcome, T)]) -> [T] {
        items.enumerated().sorted { a, b in
            (a.element.0.customers, a.element.0.feedbackItems, -a.offset) > (b.element.0.customers, b.element.0.feedbackItems, -b.offset)
        }.map(\.element.1)
    }

    /// Names and addresses of what a conflict mentions.
    struct Names {
        let report: Metrics.Report, slug: String

        func kpi(_ id: UUID) -> ConflictsModel.Named { .init(report.kpis[id]?.name ?? "KPI", Paths.item(slug, .kpis, id)) }

        func outcome(_ id: UUID) -> ConflictsModel.Named { .init(report.outcome(id)?.item.name ?? "outcome", Paths.item(slug, .outcomes, id)) }

        func reach(_ outcome: Metrics.Outcome) -> ConflictsModel.Reach {
            .init(outcome: self.outcome(outcome.item.id), customers: outcome.customers, feedbackItems: outcome.feedbackItems, negativeItems: outcome.negativeItems)
        }

        func push(_ push: MetricGraph.Push) -> ConflictsModel.Push {
            let kpi = report.kpis[push.kpi]
            let team = kpi.map { ConflictsModel.Named(report.teams[$0.teamID] ?? "Team", Paths.item(slug, .teams, $0.teamID)) } ?? .init("Team", Paths.list(slug, .teams))
            let hops = push.path.map { effect in
                let to: ConflictsModel.Named = switch effect.to {
                case .outcome(let id): outcome(id)
                case .kpi(let id): self.kpi(id)
                }
                return ConflictsModel.Hop(from: self.kpi(effect.from), to: to, sign: effect.sign, reason: effect.reason)
            }
            return .init(kpi: self.kpi(push.kpi), team: team, rewarded: kpi.map { KPIsResource.rewarded($0.content).lowercased() } ?? "", sign: push.sign, hops: hops)
        }
    }
}

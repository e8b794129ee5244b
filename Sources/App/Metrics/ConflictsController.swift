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
        router.page(.GET, .metricGraph, use: mermaid)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = max(1, req.queryValues["page"].flatMap(Int.init) ?? 1)
        let found = try await Metrics(scope: ctx.scope).conflictsPage(page: page, per: ConflictsView.perPage)
        return req.page(ConflictsView.render(Self.model(found, slug: ctx.slug), shell: ctx.shell("Metrics conflicts", current: "metrics")))
    }

    /// One page of conflicts, ranked by the feedback, then the negative feedback, heard where their outcome is won or lost.
    static func model(_ found: Metrics.ConflictsPage, slug: String) -> ConflictsModel {
        let report = found.report, names = Names(report: report, slug: slug, found: found)
        let opposed = found.opposed.compactMap { conflict -> ConflictsModel.Opposed? in
            guard let outcome = report.outcome(conflict.outcome) else { return nil }
            let title = "Resolve: \(names.kpi(conflict.raising.kpi).name) and \(names.kpi(conflict.lowering.kpi).name) pull \"\(outcome.item.name)\" apart"
            let description = "\(names.kpi(conflict.raising.kpi).name) pushes “\(outcome.item.name)” up while \(names.kpi(conflict.lowering.kpi).name) pushes it down, "
                + "each moved the way its team is rewarded for."
            return ConflictsModel.Opposed(reach: names.reach(outcome), raising: names.push(conflict.raising), lowering: names.push(conflict.lowering),
                                          initiativeURL: Paths.new(slug, .initiatives, query: ["title": title, "description": description]))
        }
        let paid = found.paid.compactMap { conflict -> ConflictsModel.Paid? in
            guard let outcome = report.outcome(conflict.push.outcome) else { return nil }
            let title = "Stop \(names.kpi(conflict.push.kpi).name) pushing down \"\(outcome.item.name)\""
            let quotes = outcome.touchpoints.prefix(Metrics.quotedTouchpoints).map { id in
                ConflictsModel.Named("negative feedback at \(found.touchpointNames[id] ?? "a touchpoint")",
                                     Paths.list(slug, .feedback, query: ["touchpoint_id": id.uuidString, "sentiment": "negative"]))
            }
            return ConflictsModel.Paid(reach: names.reach(outcome), push: names.push(conflict.push),
                                       frictions: conflict.evidence.frictions.map { .init("Friction point", Paths.item(slug, .frictions, $0)) },
                                       initiativeURL: Paths.new(slug, .initiatives, query: [
                                           "title": title, "owner_team_id": report.kpis[conflict.push.kpi]?.teamID.uuidString ?? "",
                                           "friction_ids": conflict.evidence.frictions.map(\.uuidString).joined(separator: ","),
                                           "description": "Customers confirmed friction on “\(outcome.item.name)”, which \(names.kpi(conflict.push.kpi).name) pushes down as its team is rewarded."]),
                                       quotes: quotes)
        }
        var model = ConflictsModel(slug: slug, kpiCount: report.kpis.count, outcomeCount: report.outcomes.count, opposed: opposed, paid: paid,
                                   unmeasured: found.unmeasured.compactMap { report.outcome($0).map(names.reach) })
        model.totals = (found.totalOpposed, found.totalPaid, found.totalUnmeasured)
        (model.page, model.pageCount, model.unmeasuredCommitments) = (found.page, found.pages, found.unmeasuredCommitments)
        let pushes = found.opposed.flatMap { [$0.raising, $0.lowering] } + found.paid.map(\.push)
        (model.diagram, model.diagramLinks) = diagram(pushes.flatMap(\.path), report, slug: slug)
        return model
    }

    /// Names and addresses of what a conflict mentions.
    struct Names {
        let report: Metrics.Report, slug: String, found: Metrics.ConflictsPage

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
            return .init(kpi: self.kpi(push.kpi), team: team, rewarded: kpi.map { KPIsResource.rewarded($0.content).lowercased() } ?? "", sign: push.sign, hops: hops,
                         evidence: found.evidence(push))
        }
    }
}

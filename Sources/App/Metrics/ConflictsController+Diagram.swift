import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The declared graph drawn: on the conflicts page the effects along the paths shown, and the whole graph as Mermaid.
extension ConflictsController {
    static func diagram(_ effects: [MetricGraph.Effect], _ report: Metrics.Report, slug: String) -> (MetricDiagram, [String: String]) {
        let kpis = report.kpis.values.map { MetricDiagram.Named(id: $0.id, name: $0.name, group: report.teams[$0.teamID] ?? "Team") }
        let outcomes = report.outcomes.map { MetricDiagram.Named(id: $0.item.id, name: $0.item.name, group: "Customer outcomes") }
        var seen = Set<String>()
        let unique = effects.filter { seen.insert("\($0.from)|\($0.to)|\($0.sign.rawValue)").inserted }
        let diagram = MetricDiagram.layout(kpis: kpis, outcomes: outcomes, effects: unique)
        var links: [String: String] = [:]
        for kpi in report.kpis.keys { links[MetricDiagram.key(.kpi(kpi))] = Paths.item(slug, .kpis, kpi) }
        for outcome in report.outcomes { links[MetricDiagram.key(.outcome(outcome.item.id))] = Paths.item(slug, .outcomes, outcome.item.id) }
        return (diagram, links)
    }

    /// Every declared effect as a Mermaid flowchart, to paste into a document or a wiki.
    func mermaid(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let metrics = Metrics(scope: ctx.scope)
        let report = try await metrics.conflicts()
        let (diagram, _) = Self.diagram(try await metrics.effects(), report, slug: ctx.slug)
        let response = Response(status: .ok, body: .init(string: diagram.mermaid()))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-metrics.mmd\"")
        return response
    }
}

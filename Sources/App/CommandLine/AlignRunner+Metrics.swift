import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align metrics conflicts`: each conflict as a block of lines: what it is, the outcome with its reach, and each push hop by hop.
    public static func metricConflicts(_ config: AlignConfig, organization: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            for line in conflictLines(try await Metrics(scope: scope).conflictsPage(page: 1, per: Int(Int32.max))) { print(line) }
        }
    }

    /// Every conflict, ranked by the customers it touches, each push with what the data says of it.
    static func conflictLines(_ found: Metrics.ConflictsPage) -> [String] {
        let report = found.report
        func outcome(_ id: UUID) -> String {
            guard let found = report.outcome(id) else { return "outcome" }
            return "\"\(found.item.name)\" (\(found.customers) customer\(found.customers == 1 ? "" : "s"), \(found.feedbackItems) feedback items, \(found.negativeItems) negative)"
        }
        func name(_ target: MetricTarget) -> String {
            switch target {
            case .outcome(let id): report.outcome(id)?.item.name ?? "outcome"
            case .kpi(let id): report.kpis[id]?.name ?? "KPI"
            }
        }
        func push(_ push: MetricGraph.Push) -> [String] {
            let kpi = report.kpis[push.kpi]
            let head = "  \(kpi.flatMap { report.teams[$0.teamID] } ?? "team") / \(kpi?.name ?? "KPI") (rewarded \(kpi?.rewarded.rawValue ?? "")) "
                + (push.sign == .raises ? "pushes it up" : "pushes it down")
            return [head] + push.path.map { "    \(report.kpis[$0.from]?.name ?? "KPI") \($0.sign == .raises ? "raises" : "lowers") \(name($0.to)): \($0.reason)" }
                + (found.evidence(push).map { ["    evidence: \($0.summary)"] } ?? [])
        }
        var lines = ["\(found.totalOpposed) opposed, \(found.totalPaid) customers pay for, \(found.totalUnmeasured) unmeasured"]
        for conflict in found.opposed { lines += ["", "opposed on \(outcome(conflict.outcome))"] + push(conflict.raising) + push(conflict.lowering) }
        for conflict in found.paid {
            lines += ["", "customers pay for it: \(outcome(conflict.push.outcome)), \(conflict.evidence.frictions.count) confirmed friction points"] + push(conflict.push)
        }
        for id in found.unmeasured { lines += ["", "unmeasured: \(outcome(id)): no KPI pushes it up"] }
        return lines
    }
}

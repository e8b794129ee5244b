import Domain
import Foundation

extension Metrics {
    /// A conflict in words, with the KPIs and the outcome it is about, and a key that names it across two readings.
    public struct ConflictLine: Sendable, Equatable {
        public let key: String
        public let text: String
        public let kpiIDs: [UUID]
        public let outcomeID: UUID
    }

    /// The conflicts today, and those the same declared graph would hold if `rewards` changed how its KPIs are rewarded
    /// (a KPI no longer rewarded drops out of it).
    public func conflicts(rewarding rewards: [KPIRewardChange]) async throws -> (report: Report, after: MetricConflicts) {
        let report = try await conflicts()
        guard !rewards.isEmpty else { return (report, report.conflicts) }
        let changed = Dictionary(rewards.map { ($0.kpiID, $0.rewarded) }, uniquingKeysWith: { first, _ in first })
        let kpis = report.kpis.values.compactMap { kpi -> MetricGraph.KPI? in
            let rewarded = changed.keys.contains(kpi.id) ? changed[kpi.id]! : kpi.rewarded
            return rewarded.map { MetricGraph.KPI(id: kpi.id, teamID: kpi.teamID, name: kpi.name, rewarded: $0) }
        }
        let graph = MetricGraph(kpis: kpis, effects: try await effects())
        let after = MetricConflicts.find(graph, outcomes: report.outcomes.map(\.item.id),
                                         evidence: Dictionary(report.outcomes.map { ($0.item.id, $0.evidence) }, uniquingKeysWith: { first, _ in first }))
        return (report, after)
    }

    /// KPIs on either side of an opposed pair or paid for by customers.
    public static func involved(_ conflicts: MetricConflicts) -> Set<UUID> {
        Set(conflicts.opposed.flatMap { [$0.raising.kpi, $0.lowering.kpi] } + conflicts.customersPay.map(\.push.kpi))
    }

    /// Every conflict as a line of words, named from the report.
    public static func lines(_ conflicts: MetricConflicts, _ report: Report) -> [ConflictLine] {
        func kpi(_ id: UUID) -> String { report.kpis[id].map { "“\($0.name)”" } ?? "a KPI" }
        func outcome(_ id: UUID) -> String { report.outcome(id).map { "“\($0.item.name)”" } ?? "an outcome" }
        let opposed = conflicts.opposed.map { pair in
            ConflictLine(key: "opposed:\(pair.outcome):\(pair.raising.kpi):\(pair.lowering.kpi)",
                         text: "\(kpi(pair.raising.kpi)) raises \(outcome(pair.outcome)) while \(kpi(pair.lowering.kpi)) lowers it",
                         kpiIDs: [pair.raising.kpi, pair.lowering.kpi], outcomeID: pair.outcome)
        }
        let pay = conflicts.customersPay.map { paid in
            ConflictLine(key: "pay:\(paid.push.kpi):\(paid.push.outcome)",
                         text: "Rewarding \(kpi(paid.push.kpi)) lowers \(outcome(paid.push.outcome)), and customers say so",
                         kpiIDs: [paid.push.kpi], outcomeID: paid.push.outcome)
        }
        let unmeasured = conflicts.unmeasured.map { id in
            ConflictLine(key: "unmeasured:\(id)", text: "No rewarded KPI pushes \(outcome(id)) up", kpiIDs: [], outcomeID: id)
        }
        return opposed + pay + unmeasured
    }
}

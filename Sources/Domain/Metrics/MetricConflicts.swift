import Foundation

/// What the declared graph says pulls teams apart, and what customers pay for: found, never stored.
public struct MetricConflicts: Sendable, Equatable {
    /// Two teams' KPIs, each moved the way its team is rewarded for, pushing one outcome in opposite directions.
    public struct Opposed: Sendable, Equatable {
        public let outcome: UUID
        public let raising: MetricGraph.Push
        public let lowering: MetricGraph.Push
    }

    /// A KPI whose rewarded way pushes down an outcome customers already complain about.
    public struct CustomersPay: Sendable, Equatable {
        public let push: MetricGraph.Push
        public let evidence: OutcomeEvidence
    }

    /// What customers said about an outcome's places: confirmed friction points and negative feedback items.
    public struct OutcomeEvidence: Sendable, Equatable {
        public let frictions: [UUID]
        public let negativeItems: Int

        public init(frictions: [UUID], negativeItems: Int) {
            (self.frictions, self.negativeItems) = (frictions, negativeItems)
        }

        public var isEmpty: Bool { frictions.isEmpty && negativeItems == 0 }
    }

    public let opposed: [Opposed]
    public let customersPay: [CustomersPay]
    /// Outcomes no KPI pushes up.
    public let unmeasured: [UUID]

    /// `outcomes` are all the organization's, in the order they are listed; `evidence` what customers said about each.
    public static func find(_ graph: MetricGraph, outcomes: [UUID], evidence: [UUID: OutcomeEvidence]) -> MetricConflicts {
        let pushes = shortest(graph.pushes())
        let byOutcome = Dictionary(grouping: pushes, by: \.outcome)
        var opposed: [Opposed] = []
        for outcome in outcomes {
            let on = byOutcome[outcome] ?? []
            for up in on where up.sign == .raises {
                for down in on where down.sign == .lowers && graph.kpis[down.kpi]?.teamID != graph.kpis[up.kpi]?.teamID {
                    opposed.append(Opposed(outcome: outcome, raising: up, lowering: down))
                }
            }
        }
        let paid = pushes.filter { $0.sign == .lowers }.compactMap { push in
            evidence[push.outcome].flatMap { $0.isEmpty ? nil : CustomersPay(push: push, evidence: $0) }
        }
        let raised = Set(pushes.filter { $0.sign == .raises }.map(\.outcome))
        return MetricConflicts(opposed: opposed, customersPay: paid, unmeasured: outcomes.filter { !raised.contains($0) })
    }

    /// One push per KPI, outcome and sign: the one with the fewest hops (the first found).
    static func shortest(_ pushes: [MetricGraph.Push]) -> [MetricGraph.Push] {
        var seen = Set<String>()
        return pushes.filter { seen.insert("\($0.kpi)/\($0.outcome)/\($0.sign.rawValue)").inserted }
    }
}

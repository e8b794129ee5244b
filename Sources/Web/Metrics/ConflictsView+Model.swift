import Domain
import Foundation

/// The metrics conflicts page: opposed measures ranked by the feedback they touch, measures customers
/// pay for with the frictions behind them, and outcomes no KPI pushes up. Every name links to its record.
public struct ConflictsModel: Sendable {
    public struct Named: Sendable, Equatable {
        public let name: String, url: String
        public init(_ name: String, _ url: String) { (self.name, self.url) = (name, url) }
    }

    /// One hop of a path: what moves what, which way, and why the team said so.
    public struct Hop: Sendable, Equatable {
        public let from: Named, to: Named, sign: EffectSign, reason: String
        public init(from: Named, to: Named, sign: EffectSign, reason: String) { (self.from, self.to, self.sign, self.reason) = (from, to, sign, reason) }
    }

    /// A team's KPI pushing an outcome, hop by hop, and what its monthly values say beside the customers' scores.
    public struct Push: Sendable, Equatable {
        public let kpi: Named, team: Named, rewarded: String, sign: EffectSign, hops: [Hop]
        public let evidence: EffectEvidence?
        public init(kpi: Named, team: Named, rewarded: String, sign: EffectSign, hops: [Hop], evidence: EffectEvidence? = nil) {
            (self.kpi, self.team, self.rewarded, self.sign, self.hops, self.evidence) = (kpi, team, rewarded, sign, hops, evidence)
        }
    }

    /// How far an outcome reaches: customers and feedback on its touchpoints.
    public struct Reach: Sendable, Equatable {
        public let outcome: Named, customers: Int, feedbackItems: Int, negativeItems: Int
        public init(outcome: Named, customers: Int, feedbackItems: Int, negativeItems: Int) {
            (self.outcome, self.customers, self.feedbackItems, self.negativeItems) = (outcome, customers, feedbackItems, negativeItems)
        }
    }

    public struct Opposed: Sendable, Equatable {
        public let reach: Reach, raising: Push, lowering: Push
        /// Where "make it an initiative" opens the initiative form, filled in.
        public let initiativeURL: String
        public init(reach: Reach, raising: Push, lowering: Push, initiativeURL: String) {
            (self.reach, self.raising, self.lowering, self.initiativeURL) = (reach, raising, lowering, initiativeURL)
        }
    }

    public struct Paid: Sendable, Equatable {
        public let reach: Reach, push: Push, frictions: [Named], initiativeURL: String
        /// Where customers' negative words on the outcome's touchpoints are read.
        public let quotes: [Named]
        public init(reach: Reach, push: Push, frictions: [Named], initiativeURL: String, quotes: [Named] = []) {
            (self.reach, self.push, self.frictions, self.initiativeURL, self.quotes) = (reach, push, frictions, initiativeURL, quotes)
        }
    }

    public let slug: String
    public let kpiCount: Int, outcomeCount: Int
    public let opposed: [Opposed]
    public let paid: [Paid]
    public let unmeasured: [Reach]
    /// How many of each there are in all; the lists hold one page of them.
    public var totals: (opposed: Int, paid: Int, unmeasured: Int)
    public var page = 1, pageCount = 1
    /// Charter commitments no KPI measures: promises with nothing counting whether they are kept.
    public var unmeasuredCommitments = 0
    /// The effects along the paths on this page, drawn; each node's record by its key.
    public var diagram: MetricDiagram?
    public var diagramLinks: [String: String] = [:]

    public init(slug: String, kpiCount: Int, outcomeCount: Int, opposed: [Opposed], paid: [Paid], unmeasured: [Reach]) {
        (self.slug, self.kpiCount, self.outcomeCount) = (slug, kpiCount, outcomeCount)
        (self.opposed, self.paid, self.unmeasured) = (opposed, paid, unmeasured)
        totals = (opposed.count, paid.count, unmeasured.count)
    }
}

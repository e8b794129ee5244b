import Foundation

/// One team's (or the organization's) 4C health: each experience's pulse score beside the operational
/// signals that show the same thing from outside, and what is past the organization's limits.
public struct TeamHealth: Sendable, Equatable {
    /// What Align already holds about the team, counted.
    public struct Signals: Sendable, Equatable {
        /// Answers on the team's touchpoints, by value.
        public var nps: [Int: Int] = [:], csat: [Int: Int] = [:]
        public var feedbackItems = 0, negativeItems = 0, openFrictions = 0
        public var headcount = 0, leavers = 0
        /// Handoffs it is accountable for where customers repeat themselves or wait; unowned handoffs touching its touchpoints; escalations to or from it.
        public var strainedHandoffs = 0, unownedHandoffs = 0, escalations = 0
        public var commitmentsKept = 0, commitmentsAssessed = 0

        public init() {}

        public var npsScore: (value: Double, n: Int)? {
            let n = nps.values.reduce(0, +)
            guard n > 0 else { return nil }
            let promoters = nps.filter { $0.key >= 9 }.values.reduce(0, +), detractors = nps.filter { $0.key <= 6 }.values.reduce(0, +)
            return (Double(promoters - detractors) * 100 / Double(n), n)
        }

        public var csatSatisfied: (value: Double, n: Int)? {
            let n = csat.values.reduce(0, +)
            return n == 0 ? nil : (Double(csat.filter { $0.key >= 4 }.values.reduce(0, +)) * 100 / Double(n), n)
        }

        /// Leavers in the last twelve months as a share of those who were there, in percent.
        public var leaverRate: Double? { headcount + leavers == 0 ? nil : Double(leavers) * 100 / Double(headcount + leavers) }

        public var communityIssues: Int { strainedHandoffs + unownedHandoffs + escalations }

        public var keptShare: Double? { commitmentsAssessed == 0 ? nil : Double(commitmentsKept) * 100 / Double(commitmentsAssessed) }

        public static func + (lhs: Signals, rhs: Signals) -> Signals {
            var sum = lhs
            sum.nps.merge(rhs.nps, uniquingKeysWith: +)
            sum.csat.merge(rhs.csat, uniquingKeysWith: +)
            sum.feedbackItems += rhs.feedbackItems; sum.negativeItems += rhs.negativeItems; sum.openFrictions += rhs.openFrictions
            sum.headcount += rhs.headcount; sum.leavers += rhs.leavers
            sum.strainedHandoffs += rhs.strainedHandoffs; sum.unownedHandoffs += rhs.unownedHandoffs; sum.escalations += rhs.escalations
            sum.commitmentsKept += rhs.commitmentsKept; sum.commitmentsAssessed += rhs.commitmentsAssessed
            return sum
        }
    }

    /// One experience of one team: its pulse score (none when withheld or not asked), its trend and what is past the limits.
    public struct Cell: Sendable, Equatable {
        public let score: PulseResults.Tally?
        public let suppression: PulseResults.Suppression?
        /// % favourable in each pulse, oldest first; nil where withheld or not asked.
        public let trend: [Double?]
        /// Each figure past its limit, in words with its value.
        public let breaches: [String]

        public var isMisaligned: Bool { !breaches.isEmpty }
    }

    public let teamID: UUID?
    public let name: String
    public let signals: Signals
    public let cells: [FourC: Cell]
    /// Strategy understanding from the same pulse, withheld like the rest.
    public let strategy: PulseResults.Tally?
}

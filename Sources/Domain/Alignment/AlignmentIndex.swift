import Foundation

/// Where a component of the alignment index looks: at customers, inside the organization, at its structure, or at the loop.
public enum AlignmentArea: String, Sendable, CaseIterable, Codable {
    case customer, inside, structure, loop

    public var label: String {
        switch self {
        case .customer: "Customer side"
        case .inside: "Inside"
        case .structure: "Structure"
        case .loop: "The loop"
        }
    }
}

/// One figure of the alignment index: what it measures, its weight in the index, and how it is scored from 0 to 100.
public enum AlignmentMeasure: String, Sendable, CaseIterable, Codable {
    case customerScore = "customer-score", positiveFeedback = "positive-feedback", frictionFree = "friction-free-touchpoints"
    case customerTrend = "customer-trend"
    case fourCHealth = "4c-health", strategyUnderstood = "strategy-understood", chartersKept = "charters-kept"
    case ownedHandoffs = "owned-handoffs", kpisInHarmony = "kpis-in-harmony", changesAcknowledged = "changes-acknowledged"
    case checkInsOnTime = "check-ins-on-time", initiativesVerified = "initiatives-verified"

    public var area: AlignmentArea {
        switch self {
        case .customerScore, .positiveFeedback, .frictionFree, .customerTrend: .customer
        case .fourCHealth, .strategyUnderstood, .chartersKept: .inside
        case .ownedHandoffs, .kpisInHarmony, .changesAcknowledged: .structure
        case .checkInsOnTime, .initiativesVerified: .loop
        }
    }

    /// Weights add up to 100: the customer side and the inside 30 each, the structure 25, the loop 15.
    public var weight: Int {
        switch self {
        case .customerScore: 10
        case .positiveFeedback: 6
        case .frictionFree: 8
        case .customerTrend: 6
        case .fourCHealth: 12
        case .strategyUnderstood: 10
        case .chartersKept: 8
        case .ownedHandoffs: 10
        case .kpisInHarmony: 8
        case .changesAcknowledged: 7
        case .checkInsOnTime: 8
        case .initiativesVerified: 7
        }
    }

    public var label: String {
        switch self {
        case .customerScore: "Customer score (NPS)"
        case .positiveFeedback: "Feedback that is not negative"
        case .frictionFree: "Touchpoints without open friction"
        case .customerTrend: "Customer trend"
        case .fourCHealth: "4C health"
        case .strategyUnderstood: "Strategy understood"
        case .chartersKept: "Charter commitments kept"
        case .ownedHandoffs: "Handoffs with an owner"
        case .kpisInHarmony: "KPIs in no conflict"
        case .changesAcknowledged: "Changes acknowledged"
        case .checkInsOnTime: "Check-ins on time"
        case .initiativesVerified: "Initiatives verified"
        }
    }

    /// How the value is worked out, in words, shown beside it on the page and in the API.
    public var formula: String {
        switch self {
        case .customerScore: "(NPS + 100) ÷ 2, from every NPS answer on its touchpoints"
        case .positiveFeedback: "100 × (1 − negative items ÷ items), over feedback on its touchpoints"
        case .frictionFree: "100 × (1 − open friction points ÷ touchpoints), at least 0"
        case .customerTrend: "50 + the mean of (NPS change ÷ 2) and (change in the share of feedback not negative, in points), the last three months against the three before, kept within 0–100; 50 is flat"
        case .fourCHealth: "% favourable over the Customer, Career, Community and Core questions of the latest pulse, groups below the anonymity threshold left out"
        case .strategyUnderstood: "% favourable on the strategy questions of the latest pulse, groups below the threshold left out"
        case .chartersKept: "100 × kept ÷ assessed charter commitments"
        case .ownedHandoffs: "100 × (1 − handoffs nobody answers for ÷ handoffs)"
        case .kpisInHarmony: "100 × (1 − KPIs in a conflict ÷ KPIs)"
        case .changesAcknowledged: "100 × acknowledged ÷ asked, over teams and people touched by changes planned or under way"
        case .checkInsOnTime: "100 × check-ins done by their due date ÷ check-ins due in the last 180 days"
        case .initiativesVerified: "100 × verified ÷ done or verified initiatives"
        }
    }
}

/// The counts one index is computed from, for the organization, a team or a journey.
public struct AlignmentInputs: Sendable, Equatable {
    public var nps: [Int: Int] = [:]
    public var feedbackItems = 0, negativeItems = 0
    public var touchpoints = 0, openFrictions = 0
    /// Pulse tallies that passed the anonymity threshold; a withheld group is simply not in them.
    public var fourC: PulseResults.Tally?, strategy: PulseResults.Tally?
    /// Whether a pulse figure was left out because its group was below the threshold.
    public var withheld = false
    public var commitmentsKept = 0, commitmentsAssessed = 0
    public var handoffs = 0, unownedHandoffs = 0
    public var kpis = 0, kpisInConflict = 0
    public var partiesAsked = 0, partiesAcknowledged = 0
    public var checkInsDue = 0, checkInsOnTime = 0
    public var initiativesFinished = 0, initiativesVerified = 0
    /// What customers said in the last three months and the three before: the score and sentiment trends.
    public var trend = Trend()

    public init() {}

    /// NPS answers and feedback items in two windows of three months each.
    public struct Trend: Sendable, Equatable {
        public var npsRecent: [Int: Int] = [:], npsBefore: [Int: Int] = [:]
        public var itemsRecent = 0, negativeRecent = 0, itemsBefore = 0, negativeBefore = 0

        public init() {}

        /// The months of the recent window (ending with `month`) and of the window before it, as YYYY-MM.
        public static func windows(endingWith month: CalendarDate) -> (recent: [String], before: [String]) {
            let months = (0..<6).map { String(month.firstOfMonth.adding(months: -$0).description.prefix(7)) }
            return (Array(months[0..<3]), Array(months[3..<6]))
        }
    }
}

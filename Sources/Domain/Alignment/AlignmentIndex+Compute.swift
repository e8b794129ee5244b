import Foundation

/// One figure from 0 to 100 for how well an organization, a team or a journey pulls together around its customers:
/// the weighted mean of the components that have something to measure, each with its value, sample and formula.
public struct AlignmentIndex: Sendable, Equatable {
    public struct Component: Sendable, Equatable {
        public let measure: AlignmentMeasure
        /// 0–100, or nil when there is nothing to measure (or only figures hidden by the anonymity threshold).
        public let value: Double?
        /// How many answers, items or records the value rests on.
        public let sample: Int
        /// The counts behind it, in words.
        public let detail: String

        public init(measure: AlignmentMeasure, value: Double?, sample: Int, detail: String) {
            (self.measure, self.value, self.sample, self.detail) = (measure, value, sample, detail)
        }
    }

    public let components: [Component]

    public init(components: [Component]) { self.components = components }

    /// The index, rounded to a whole number; nil when no component has anything to measure.
    public var value: Int? {
        let present = components.filter { $0.value != nil }
        let weights = present.reduce(0) { $0 + $1.measure.weight }
        guard weights > 0 else { return nil }
        return Int((present.reduce(0.0) { $0 + $1.value! * Double($1.measure.weight) } / Double(weights)).rounded())
    }

    /// The share of the weights behind the value, in percent: below 100 some component had nothing to measure.
    public var coverage: Int { components.filter { $0.value != nil }.reduce(0) { $0 + $1.measure.weight } }

    public static let formula = "The weighted mean of the components that have something to measure: Σ weight × value ÷ Σ weight. "
        + "Weights: customer side 30 (score 10, feedback 6, friction 8, trend 6), inside 30 (4C 12, strategy 10, charters 8), "
        + "structure 25 (handoffs 10, KPIs 8, changes 7), the loop 15 (check-ins 8, initiatives 7)."

    public static func compute(_ inputs: AlignmentInputs) -> AlignmentIndex {
        AlignmentIndex(components: AlignmentMeasure.allCases.map { component($0, inputs) })
    }

    static func component(_ measure: AlignmentMeasure, _ i: AlignmentInputs) -> Component {
        switch measure {
        case .customerScore:
            let n = i.nps.values.reduce(0, +)
            let promoters = i.nps.filter { $0.key >= 9 }.values.reduce(0, +), detractors = i.nps.filter { $0.key <= 6 }.values.reduce(0, +)
            let nps = n == 0 ? nil : Double(promoters - detractors) * 100 / Double(n)
            return Component(measure: measure, value: nps.map { ($0 + 100) / 2 }, sample: n,
                             detail: nps.map { "NPS \(Int($0.rounded())) from \(counted(n, "answer"))" } ?? "No NPS answers yet")
        case .positiveFeedback:
            return share(measure, part: i.feedbackItems - i.negativeItems, of: i.feedbackItems, "\(i.negativeItems) of \(counted(i.feedbackItems, "item")) negative")
        case .frictionFree:
            let value = i.touchpoints == 0 ? nil : max(0, 100 * (1 - Double(i.openFrictions) / Double(i.touchpoints)))
            return Component(measure: measure, value: value, sample: i.touchpoints,
                             detail: "\(counted(i.openFrictions, "open friction point")) on \(counted(i.touchpoints, "touchpoint"))")
        case .customerTrend: return trend(i.trend)
        case .fourCHealth: return pulse(measure, i.fourC, withheld: i.withheld)
        case .strategyUnderstood: return pulse(measure, i.strategy, withheld: i.withheld)
        case .chartersKept: return share(measure, part: i.commitmentsKept, of: i.commitmentsAssessed, "\(i.commitmentsKept) of \(counted(i.commitmentsAssessed, "assessed commitment")) kept")
        default: return structureOrLoop(measure, i)
        }
    }

    static func structureOrLoop(_ measure: AlignmentMeasure, _ i: AlignmentInputs) -> Component {
        switch measure {
        case .ownedHandoffs: share(measure, part: i.handoffs - i.unownedHandoffs, of: i.handoffs, "\(i.unownedHandoffs) of \(counted(i.handoffs, "handoff")) without an owner")
        case .kpisInHarmony: share(measure, part: i.kpis - i.kpisInConflict, of: i.kpis, "\(i.kpisInConflict) of \(counted(i.kpis, "KPI")) in a conflict")
        case .changesAcknowledged: share(measure, part: i.partiesAcknowledged, of: i.partiesAsked, "\(i.partiesAcknowledged) of \(i.partiesAsked) asked have acknowledged")
        case .checkInsOnTime: share(measure, part: i.checkInsOnTime, of: i.checkInsDue, "\(i.checkInsOnTime) of \(counted(i.checkInsDue, "check-in")) due done on time")
        default: share(measure, part: i.initiativesVerified, of: i.initiativesFinished, "\(i.initiativesVerified) of \(counted(i.initiativesFinished, "finished initiative")) verified")
        }
    }

    /// NPS from answers by value; nil without answers.
    static func nps(_ answers: [Int: Int]) -> Double? {
        let n = answers.values.reduce(0, +)
        guard n > 0 else { return nil }
        let promoters = answers.filter { $0.key >= 9 }.values.reduce(0, +), detractors = answers.filter { $0.key <= 6 }.values.reduce(0, +)
        return Double(promoters - detractors) * 100 / Double(n)
    }

    /// How the score and the sentiment moved between the two windows: 50 is flat, above it better, below it worse.
    static func trend(_ t: AlignmentInputs.Trend) -> Component {
        let score = nps(t.npsRecent).flatMap { recent in nps(t.npsBefore).map { (recent - $0) / 2 } }
        let positive = { (items: Int, negative: Int) -> Double? in items == 0 ? nil : 100 * Double(items - negative) / Double(items) }
        let sentiment = positive(t.itemsRecent, t.negativeRecent).flatMap { recent in positive(t.itemsBefore, t.negativeBefore).map { recent - $0 } }
        let moves = [score, sentiment].compactMap { $0 }
        let sample = t.npsRecent.values.reduce(0, +) + t.npsBefore.values.reduce(0, +) + t.itemsRecent + t.itemsBefore
        guard !moves.isEmpty else {
            return Component(measure: .customerTrend, value: nil, sample: sample, detail: "Too little feedback in both of the last two quarters to compare")
        }
        let value = min(100, max(0, 50 + moves.reduce(0, +) / Double(moves.count)))
        let words = [score.map { String(format: "NPS %+.0f", $0 * 2) }, sentiment.map { String(format: "not negative %+.0f points", $0) }].compactMap { $0 }
        return Component(measure: .customerTrend, value: value, sample: sample, detail: words.joined(separator: ", ") + " against the three months before")
    }

    static func share(_ measure: AlignmentMeasure, part: Int, of whole: Int, _ detail: String) -> Component {
        Component(measure: measure, value: whole == 0 ? nil : 100 * Double(part) / Double(whole), sample: whole, detail: detail)
    }

    static func pulse(_ measure: AlignmentMeasure, _ tally: PulseResults.Tally?, withheld: Bool) -> Component {
        guard let tally, tally.answers > 0 else {
            return Component(measure: measure, value: nil, sample: 0,
                             detail: withheld ? "Withheld: fewer answers than the anonymity threshold" : "No pulse has asked yet")
        }
        return Component(measure: measure, value: 100 * Double(tally.favourable) / Double(tally.answers), sample: tally.answers,
                         detail: "\(tally.favourable) of \(counted(tally.answers, "answer")) favourable")
    }
}

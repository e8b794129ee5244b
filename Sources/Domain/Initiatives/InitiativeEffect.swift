import Foundation

/// Mean sentiment (−1…1) with its 95% margin, from running sums, so it can be added up in the database.
public struct SentimentTally: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var sum = 0.0
    public private(set) var squares = 0.0

    public init() {}

    public init(count: Int, sum: Double, squares: Double) {
        self.count = count
        self.sum = sum
        self.squares = squares
    }

    public mutating func add(_ score: Double) {
        count += 1
        sum += score
        squares += score * score
    }

    public var mean: ScoreEstimate? {
        guard count > 0 else { return nil }
        let n = Double(count), mean = sum / n
        let variance = count > 1 ? max(0, (squares - n * mean * mean) / (n - 1)) : 0
        return ScoreEstimate(value: mean, margin: Scores.z95 * (variance / n).squareRoot(), count: count)
    }
}

/// What customers said on an initiative's touchpoints before it was done and after: were the changes felt outside?
public struct InitiativeEffect: Sendable, Equatable {
    public struct Period: Sendable, Equatable {
        public var from: CalendarDate
        public var to: CalendarDate
        public var nps = ScaleTally.nps
        public var csat = ScaleTally.csat
        public var ces = ScaleTally.ces
        public var sentiment = SentimentTally()

        public init(from: CalendarDate, to: CalendarDate) {
            self.from = from
            self.to = to
        }

        public var answers: Int { max(nps.total, csat.total, ces.total, sentiment.count) }
    }

    public struct Measure: Sendable, Equatable {
        public let name: String
        public let before: ScoreEstimate?
        public let after: ScoreEstimate?

        /// After minus before, when both exist.
        public var change: Double? { before.flatMap { b in after.map { $0.value - b.value } } }

        /// Whether the difference is larger than both margins together could explain (a conservative reading).
        public var isClear: Bool {
            guard let before, let after, let change else { return false }
            return abs(change) > before.margin + after.margin
        }
    }

    public var before: Period
    public var after: Period

    /// The periods either side of the day the initiative was done: `windowDays` before it, and from it on
    /// up to `windowDays` days or `today`, whichever is earlier.
    public init(doneOn: CalendarDate, windowDays: Int, today: CalendarDate) {
        before = Period(from: doneOn.adding(days: -windowDays), to: doneOn.adding(days: -1))
        after = Period(from: doneOn, to: min(today, doneOn.adding(days: windowDays - 1)))
    }

    /// Adds one answer to the period its date falls in; answers outside both periods are left out.
    public mutating func add(date: CalendarDate, nps: Int?, csat: Int?, ces: Int?, sentiment: Double?, times: Int = 1) {
        if date >= before.from && date <= before.to { Self.add(&before, nps, csat, ces, sentiment, times) }
        else if date >= after.from && date <= after.to { Self.add(&after, nps, csat, ces, sentiment, times) }
    }

    private static func add(_ period: inout Period, _ nps: Int?, _ csat: Int?, _ ces: Int?, _ sentiment: Double?, _ times: Int) {
        if let nps { period.nps.add(nps, times: times) }
        if let csat { period.csat.add(csat, times: times) }
        if let ces { period.ces.add(ces, times: times) }
        if let sentiment { for _ in 0..<times { period.sentiment.add(sentiment) } }
    }

    public var measures: [Measure] {
        [Measure(name: "NPS", before: Scores.nps(before.nps), after: Scores.nps(after.nps)),
         Measure(name: "CSAT %", before: Scores.csat(before.csat), after: Scores.csat(after.csat)),
         Measure(name: "CES mean", before: Scores.cesMean(before.ces), after: Scores.cesMean(after.ces)),
         Measure(name: "Sentiment", before: before.sentiment.mean, after: after.sentiment.mean)]
    }
}

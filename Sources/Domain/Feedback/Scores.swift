/// A score with how many answers it rests on and its 95% margin of error, in the score's own units.
public struct ScoreEstimate: Sendable, Equatable {
    public let value: Double
    public let margin: Double
    public let count: Int
}

/// Answers on a fixed scale, counted per point, so tallies can be kept per month, touchpoint or
/// segment, added together, and turned into exact scores without keeping the answers.
public struct ScaleTally: Sendable, Equatable {
    public let range: ClosedRange<Int>
    public private(set) var counts: [Int]

    public init(range: ClosedRange<Int>) {
        self.range = range
        self.counts = Array(repeating: 0, count: range.count)
    }

    public static var nps: ScaleTally { ScaleTally(range: 0...10) }
    public static var csat: ScaleTally { ScaleTally(range: 1...5) }
    public static var ces: ScaleTally { ScaleTally(range: 1...7) }

    /// Counts one answer; answers off the scale are ignored and reported as not counted.
    @discardableResult
    public mutating func add(_ answer: Int, times: Int = 1) -> Bool {
        guard range.contains(answer) else { return false }
        counts[answer - range.lowerBound] += times
        return true
    }

    public mutating func merge(_ other: ScaleTally) {
        precondition(range == other.range, "tallies of different scales cannot be merged")
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    public var total: Int { counts.reduce(0, +) }

    func count(in answers: ClosedRange<Int>) -> Int {
        answers.clamped(to: range).reduce(0) { $0 + counts[$1 - range.lowerBound] }
    }

    /// The share of answers in `answers`, as a percentage with its 95% margin.
    public func percentage(of answers: ClosedRange<Int>) -> ScoreEstimate? {
        let n = total
        guard n > 0 else { return nil }
        let p = Double(count(in: answers)) / Double(n)
        return ScoreEstimate(value: p * 100, margin: Scores.z95 * (p * (1 - p) / Double(n)).squareRoot() * 100, count: n)
    }

    /// The mean answer with its 95% margin (from the sample standard deviation).
    public var mean: ScoreEstimate? {
        let n = total
        guard n > 0 else { return nil }
        var sum = 0.0, squares = 0.0
        for (offset, count) in counts.enumerated() {
            let value = Double(range.lowerBound + offset)
            sum += value * Double(count)
            squares += value * value * Double(count)
        }
        let mean = sum / Double(n)
        let variance = n > 1 ? max(0, (squares - Double(n) * mean * mean) / Double(n - 1)) : 0
        return ScoreEstimate(value: mean, margin: Scores.z95 * (variance / Double(n)).squareRoot(), count: n)
    }
}

/// The scores exactly as the organization's reports define them.
public enum Scores {
    static let z95 = 1.959964

    /// NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100. The margin uses the variance of
    /// a three-valued answer (+1 promoter, 0 passive, −1 detractor).
    public static func nps(_ tally: ScaleTally) -> ScoreEstimate? {
        let n = tally.total
        guard tally.range == 0...10, n > 0 else { return nil }
        let promoters = Double(tally.count(in: 9...10)) / Double(n)
        let detractors = Double(tally.count(in: 0...6)) / Double(n)
        let score = promoters - detractors
        let variance = promoters + detractors - score * score
        return ScoreEstimate(value: score * 100, margin: z95 * (max(0, variance) / Double(n)).squareRoot() * 100, count: n)
    }

    /// CSAT = % of answers 4–5 on a 1–5 scale.
    public static func csat(_ tally: ScaleTally) -> ScoreEstimate? {
        tally.range == 1...5 ? tally.percentage(of: 4...5) : nil
    }

    /// CES as the mean of a 1–7 scale.
    public static func cesMean(_ tally: ScaleTally) -> ScoreEstimate? {
        tally.range == 1...7 ? tally.mean : nil
    }

    /// CES as the % of answers 5–7 ("easy") on a 1–7 scale.
    public static func cesEasy(_ tally: ScaleTally) -> ScoreEstimate? {
        tally.range == 1...7 ? tally.percentage(of: 5...7) : nil
    }
}

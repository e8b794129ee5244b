import Foundation

/// Scores per touchpoint per month, so a KPI's monthly values can be set beside what customers scored where an
/// outcome is won or lost. Each scale keeps whole counts only (answers, good ones, and for NPS detractors), so
/// adding and taking away stay exact and touchpoints add up.
extension FeedbackFigures {
    public static let monthScore = "month-score"

    /// The detail of a month-score counter: month first, so a range of months is a range of details.
    public static func monthScoreDetail(month: String, scale: String, part: MonthScore.Part) -> String { "\(month)|\(scale)|\(part.rawValue)" }

    static func monthScoreCounts(_ facts: FeedbackFacts) -> FigureCounts {
        var counts = FigureCounts()
        guard let date = facts.date else { return counts }
        let month = String(date.description.prefix(7))
        for (scale, value) in zip(scales, [facts.nps, facts.csat, facts.ces]) {
            guard let value else { continue }
            let parts: [MonthScore.Part] = [.answers] + (MonthScore.isGood(scale, value) ? [.good] : []) + (MonthScore.isBad(scale, value) ? [.bad] : [])
            for place in facts.places {
                let subject = FigureKey.encode(place.touchpointID.uuidString)
                for part in parts {
                    counts.add(FigureKey(monthScore, ScoreDimension.touchpoint.rawValue, encodedSubject: subject,
                                         detail: monthScoreDetail(month: month, scale: scale, part: part)))
                }
            }
        }
        return counts
    }
}

/// One scale's score over the touchpoints read, in one month: NPS (% promoters − % detractors), CSAT (% 4–5 of 5),
/// CES (% 5–7 of 7, "easy").
public struct MonthScore: Sendable, Equatable {
    public enum Part: String, Sendable { case answers = "n", good, bad }

    public let month: String, scale: String
    public var answers = 0, good = 0, bad = 0

    public init(month: String, scale: String, answers: Int = 0, good: Int = 0, bad: Int = 0) {
        (self.month, self.scale, self.answers, self.good, self.bad) = (month, scale, answers, good, bad)
    }

    public var score: Double? { answers == 0 ? nil : Double(good - bad) / Double(answers) * 100 }

    static func isGood(_ scale: String, _ value: Int) -> Bool {
        switch scale {
        case "nps": value >= 9
        case "csat": value >= 4
        default: value >= 5
        }
    }

    static func isBad(_ scale: String, _ value: Int) -> Bool { scale == "nps" && value <= 6 }

    /// Sums counters read as (detail, n) into one score per scale and month; details of another shape are left out.
    public static func summed(_ counters: [(detail: String, n: Int)]) -> [MonthScore] {
        var scores: [String: MonthScore] = [:]
        for (detail, n) in counters {
            let pieces = detail.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard pieces.count == 3, let part = Part(rawValue: pieces[2]) else { continue }
            var score = scores[pieces[0] + "|" + pieces[1]] ?? MonthScore(month: pieces[0], scale: pieces[1])
            switch part {
            case .answers: score.answers += n
            case .good: score.good += n
            case .bad: score.bad += n
            }
            scores[pieces[0] + "|" + pieces[1]] = score
        }
        return scores.values.sorted { ($0.scale, $0.month) < ($1.scale, $1.month) }
    }

    /// The scale with the most answers, month by month: the one series a KPI is compared with.
    public static func mainSeries(_ scores: [MonthScore]) -> (scale: String, byMonth: [String: Double])? {
        let byScale = Dictionary(grouping: scores, by: \.scale)
        let answers = byScale.mapValues { $0.reduce(0) { $0 + $1.answers } }
        guard let scale = answers.keys.sorted(by: { (answers[$0]!, $1) > (answers[$1]!, $0) }).first else { return nil }
        return (scale, Dictionary(byScale[scale]!.compactMap { score in score.score.map { (score.month, $0) } }, uniquingKeysWith: { first, _ in first }))
    }
}

import Foundation

/// What the data says of one declared push: a KPI's monthly values set beside the customers' monthly score where the
/// outcome is won or lost, over the months both exist.
public struct EffectEvidence: Sendable, Equatable {
    /// The scale compared (nps, csat or ces), or nil when customers gave no scores there.
    public let scale: String?
    /// Months with both a KPI value and a score.
    public let months: Int
    /// nil below `RankCorrelation.minimumPairs` months (or when either series never moves).
    public let correlation: RankCorrelation?
    public let verdict: RankCorrelation.Verdict?

    /// `values` are the KPI's values for the whole KPI (no dimension), by the month they stand for; `expecting` is +1 when the
    /// declared push means the two rise together (the push raises the outcome and the KPI is rewarded for going up, or both the opposite).
    public static func assess(values: [(period: CalendarDate, value: Double)], scores: [MonthScore], expecting: Int) -> EffectEvidence {
        guard let series = MonthScore.mainSeries(scores) else { return EffectEvidence(scale: nil, months: 0, correlation: nil, verdict: nil) }
        var byMonth: [String: Double] = [:]
        for value in values.sorted(by: { $0.period < $1.period }) { byMonth[String(value.period.description.prefix(7))] = value.value }
        let pairs = byMonth.keys.sorted().compactMap { month in series.byMonth[month].map { (byMonth[month]!, $0) } }
        let correlation = RankCorrelation.spearman(pairs)
        return EffectEvidence(scale: series.scale, months: pairs.count, correlation: correlation, verdict: correlation?.verdict(expecting: expecting))
    }

    /// "ρ −0.82 over 12 months (95% −0.95 to −0.46): supports it", or why there is no figure.
    public var summary: String {
        guard let scale else { return "No customer scores where the outcome is won or lost." }
        guard let correlation, let verdict else {
            return months < RankCorrelation.minimumPairs
                ? "Not enough data: \(months) month\(months == 1 ? "" : "s") with both the KPI and \(scale.uppercased()) (needs \(RankCorrelation.minimumPairs))."
                : "No correlation: the KPI or \(scale.uppercased()) did not move over \(months) months."
        }
        let words = switch verdict {
        case .supports: "the data supports the declared effect"
        case .contradicts: "the data contradicts the declared effect"
        case .inconclusive: "inconclusive"
        }
        return "ρ \(Self.figure(correlation.rho)) against \(scale.uppercased()) over \(correlation.n) months (95% \(Self.figure(correlation.low)) to \(Self.figure(correlation.high))): \(words)."
    }

    static func figure(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}

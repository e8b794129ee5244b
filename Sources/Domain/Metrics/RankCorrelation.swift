import Foundation

/// Spearman's rank correlation of two series over the same periods, with a 95% interval: evidence for or
/// against a declared effect, never computed from fewer than `minimumPairs` pairs.
public struct RankCorrelation: Sendable, Equatable {
    public let rho: Double
    public let n: Int
    public let low: Double, high: Double

    /// Below this many periods with both values Align says "not enough data".
    public static let minimumPairs = 6

    /// What the data says of a declared sign: +1 expects the two to rise together, −1 one to fall as the other rises.
    public enum Verdict: String, Sendable, Equatable {
        case supports, contradicts, inconclusive
    }

    public func verdict(expecting sign: Int) -> Verdict {
        if low > 0 { return sign > 0 ? .supports : .contradicts }
        if high < 0 { return sign < 0 ? .supports : .contradicts }
        return .inconclusive
    }

    /// `pairs` are (x, y) values of the same period; nil with fewer than `minimumPairs` or when either series is constant.
    public static func spearman(_ pairs: [(Double, Double)]) -> RankCorrelation? {
        let n = pairs.count
        guard n >= minimumPairs else { return nil }
        let x = ranks(pairs.map(\.0)), y = ranks(pairs.map(\.1))
        guard let rho = pearson(x, y) else { return nil }
        // Fisher's z with the standard error Fieller, Hartley and Pearson give for Spearman's rho.
        let z = atanh(max(-0.999_999, min(0.999_999, rho))), se = (1.06 / Double(n - 3)).squareRoot()
        return RankCorrelation(rho: rho, n: n, low: tanh(z - 1.96 * se), high: tanh(z + 1.96 * se))
    }

    /// Ranks from 1, ties sharing the mean of the ranks they span.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for index in start...end { ranks[order[index]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = Double(x.count), mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}

/// Which way a comment leans overall.
public enum SentimentLabel: String, Sendable, Codable, CaseIterable {
    case negative, neutral, positive

    /// Scores this close to zero read as neither praise nor complaint.
    public static let threshold = 0.05

    /// The label for a score's value: within ±`threshold` of zero is neutral.
    public init(value: Double) {
        if value >= Self.threshold {
            self = .positive
        } else if value <= -Self.threshold {
            self = .negative
        } else {
            self = .neutral
        }
    }
}

/// How positive or negative a comment is, and why.
public struct SentimentScore: Sendable, Equatable {
    /// From −1 (as negative as it gets) to 1; 0 when nothing in the text carries sentiment.
    public let value: Double
    public let label: SentimentLabel
    /// The few contributions that decided the score, strongest first, e.g.
    /// "“still waiting” (service phrase, −2.5)"; empty when nothing carried sentiment.
    public let reasons: [String]

    public init(value: Double, label: SentimentLabel, reasons: [String]) {
        self.value = value
        self.label = label
        self.reasons = reasons
    }

    /// A comment with nothing to say either way.
    public static let neutral = SentimentScore(value: 0, label: .neutral, reasons: [])

    /// Squashes an unbounded sum of valences into −1…1. The constant sets how quickly it saturates:
    /// one strong word (±3) lands near ±0.6, and a handful of them near ±0.9.
    static func normalise(_ sum: Double) -> Double {
        guard sum != 0 else { return 0 }
        return max(-1, min(1, sum / (sum * sum + 15).squareRoot()))
    }
}

extension SentimentLabel: Choice {
    public var label: String {
        switch self {
        case .negative: "Negative"
        case .neutral: "Neutral"
        case .positive: "Positive"
        }
    }
}

import Foundation

/// How hot a touchpoint is for customers, as opposed to how much friction the team recorded there:
/// only friction that customers' own words confirmed counts, alongside the share of negative comments.
///
/// The score is the mean of two parts, each from 0 to 1:
///
///     score = ½ × (worst confirmed severity ÷ 5) + ½ × (negative comments ÷ all comments)
///
/// A part with nothing behind it (no confirmed friction, no comments) counts as 0, so a touchpoint
/// nobody has talked about is never hotter than its confirmed friction makes it.
public struct CustomerHeat: Sendable, Equatable {
    /// Open or addressed frictions on the touchpoint, its handoffs or its processes, confirmed by a customer link.
    public var confirmedFrictionCount: Int
    public var worstConfirmedSeverity: Int?
    public var feedbackCount: Int
    public var negativeCount: Int

    public init(confirmedFrictionCount: Int = 0, worstConfirmedSeverity: Int? = nil, feedbackCount: Int = 0, negativeCount: Int = 0) {
        self.confirmedFrictionCount = confirmedFrictionCount
        self.worstConfirmedSeverity = worstConfirmedSeverity
        self.feedbackCount = feedbackCount
        self.negativeCount = negativeCount
    }

    /// Negative comments over all comments; 0 when there are none, so silence never reads as anger.
    public var negativeShare: Double {
        feedbackCount > 0 ? Double(min(max(negativeCount, 0), feedbackCount)) / Double(feedbackCount) : 0
    }

    /// From 0 to 1; see the type's documentation for the formula.
    public var score: Double {
        let severity = min(max(worstConfirmedSeverity ?? 0, 0), FrictionPoint.severities.upperBound)
        return 0.5 * Double(severity) / Double(FrictionPoint.severities.upperBound) + 0.5 * negativeShare
    }

    /// The map tint: none at 0, low under 0.25, medium under 0.5, high from 0.5.
    public var level: FrictionHeat {
        switch score {
        case ...0: .none
        case ..<0.25: .low
        case ..<0.5: .medium
        default: .high
        }
    }

    /// The score's inputs in words, e.g. "2 confirmed frictions, worst severity 4 · 38 of 120 comments negative (32%)".
    public var explanation: String {
        let friction: String
        if confirmedFrictionCount > 0, let worst = worstConfirmedSeverity {
            let noun = confirmedFrictionCount == 1 ? "confirmed friction" : "confirmed frictions"
            friction = "\(confirmedFrictionCount) \(noun), worst severity \(worst)"
        } else {
            friction = "No confirmed friction"
        }
        guard feedbackCount > 0 else { return friction + " · no comments yet" }
        let noun = feedbackCount == 1 ? "comment" : "comments"
        let percent = Int((negativeShare * 100).rounded())
        return friction + " · \(negativeCount) of \(feedbackCount) \(noun) negative (\(percent)%)"
    }
}

/// A customer's words quoted on the map: one feedback item and how negative it was.
public struct CustomerQuote: Sendable, Equatable {
    public let feedbackID: UUID
    public let text: String
    public let sentimentScore: Double

    public init(feedbackID: UUID, text: String, sentimentScore: Double) {
        self.feedbackID = feedbackID
        self.text = text
        self.sentimentScore = sentimentScore
    }
}

/// The customer heat of every touchpoint on one journey, with the most negative quotes of each.
public struct HeatOverlay: Sendable, Equatable {
    /// The most negative quotes kept per touchpoint: enough to hear the voice, few enough for a card.
    public static let quotesPerTouchpoint = 3

    public var heat: [UUID: CustomerHeat]
    /// Most negative first.
    public var quotes: [UUID: [CustomerQuote]]

    public init(heat: [UUID: CustomerHeat] = [:], quotes: [UUID: [CustomerQuote]] = [:]) {
        self.heat = heat
        self.quotes = quotes
    }

    /// A touchpoint nobody has commented on and with no confirmed friction is simply cold.
    public func heat(of touchpointID: UUID) -> CustomerHeat { heat[touchpointID] ?? CustomerHeat() }

    public func quotes(of touchpointID: UUID) -> [CustomerQuote] { quotes[touchpointID] ?? [] }
}

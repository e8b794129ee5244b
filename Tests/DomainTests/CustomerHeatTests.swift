import Domain
import Foundation
import Testing

@Suite("CustomerHeat")
struct CustomerHeatTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func nothingKnownIsColdAndSaysSo() {
        let heat = CustomerHeat()
        #expect(heat.score == 0)
        #expect(heat.level == .none)
        #expect(heat.negativeShare == 0)
        #expect(heat.explanation == "No confirmed friction · no comments yet")
    }

    @Test func zeroFeedbackLeavesOnlyTheFrictionHalf() {
        let heat = CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 4)
        #expect(heat.negativeShare == 0)
        #expect(Self.close(heat.score, 0.4))
        #expect(heat.level == .medium)
    }

    @Test func onlySentimentIsHalfTheNegativeShare() {
        let heat = CustomerHeat(feedbackCount: 10, negativeCount: 3)
        #expect(Self.close(heat.negativeShare, 0.3))
        #expect(Self.close(heat.score, 0.15))
        #expect(heat.level == .low)
    }

    @Test func onlyPositiveCommentsStayCold() {
        let heat = CustomerHeat(feedbackCount: 40, negativeCount: 0)
        #expect(heat.score == 0)
        #expect(heat.level == .none)
    }

    @Test func everyCommentNegativeAloneIsHigh() {
        #expect(CustomerHeat(feedbackCount: 4, negativeCount: 4).level == .high)
    }

    @Test func onlyFrictionAtTheWorstSeverityIsExactlyHigh() {
        let heat = CustomerHeat(confirmedFrictionCount: 2, worstConfirmedSeverity: 5)
        #expect(heat.score == 0.5)
        #expect(heat.level == .high)
    }

    @Test func onlyFrictionOfSeverityOneIsLow() {
        let heat = CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 1)
        #expect(Self.close(heat.score, 0.1))
        #expect(heat.level == .low)
    }

    @Test func bothHalvesAddUp() {
        let heat = CustomerHeat(confirmedFrictionCount: 2, worstConfirmedSeverity: 4, feedbackCount: 120, negativeCount: 38)
        #expect(Self.close(heat.score, 0.4 + 0.5 * 38 / 120))
        #expect(heat.level == .high)
    }

    @Test func exactlyAQuarterIsMedium() {
        let heat = CustomerHeat(feedbackCount: 2, negativeCount: 1)
        #expect(heat.score == 0.25)
        #expect(heat.level == .medium)
    }

    @Test func justUnderAQuarterIsLow() {
        let heat = CustomerHeat(feedbackCount: 100, negativeCount: 49)
        #expect(heat.score < 0.25)
        #expect(heat.level == .low)
    }

    @Test func exactlyAHalfIsHigh() {
        let heat = CustomerHeat(feedbackCount: 2, negativeCount: 2)
        #expect(heat.score == 0.5)
        #expect(heat.level == .high)
    }

    @Test func justUnderAHalfIsMedium() {
        let heat = CustomerHeat(feedbackCount: 100, negativeCount: 99)
        #expect(heat.score < 0.5)
        #expect(heat.level == .medium)
    }

    @Test func outOfRangeInputsCannotPushTheScoreBeyondOne() {
        let heat = CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 9, feedbackCount: 2, negativeCount: 7)
        #expect(heat.score == 1)
    }

    @Test func explanationNamesCountsSeverityAndRoundedPercent() {
        let heat = CustomerHeat(confirmedFrictionCount: 2, worstConfirmedSeverity: 4, feedbackCount: 120, negativeCount: 38)
        #expect(heat.explanation == "2 confirmed frictions, worst severity 4 · 38 of 120 comments negative (32%)")
    }

    @Test func explanationUsesTheSingular() {
        let heat = CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 3, feedbackCount: 1, negativeCount: 1)
        #expect(heat.explanation == "1 confirmed friction, worst severity 3 · 1 of 1 comment negative (100%)")
    }

    @Test func explanationWithoutConfirmedFriction() {
        let heat = CustomerHeat(feedbackCount: 3, negativeCount: 0)
        #expect(heat.explanation == "No confirmed friction · 0 of 3 comments negative (0%)")
    }

    @Test func explanationWithoutComments() {
        let heat = CustomerHeat(confirmedFrictionCount: 3, worstConfirmedSeverity: 2)
        #expect(heat.explanation == "3 confirmed frictions, worst severity 2 · no comments yet")
    }

    @Test func anOverlayTreatsAnUnknownTouchpointAsCold() {
        let known = UUID(), unknown = UUID()
        let quote = CustomerQuote(feedbackID: UUID(), text: "On hold for an hour", sentimentScore: -0.8)
        let overlay = HeatOverlay(heat: [known: CustomerHeat(feedbackCount: 1, negativeCount: 1)], quotes: [known: [quote]])
        #expect(overlay.heat(of: known).level == .high)
        #expect(overlay.quotes(of: known) == [quote])
        #expect(overlay.heat(of: unknown) == CustomerHeat())
        #expect(overlay.quotes(of: unknown).isEmpty)
    }
}

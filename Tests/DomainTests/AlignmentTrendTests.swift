import Foundation
import Testing
@testable import Domain

/// The customer trend: the last three months against the three before, 50 when nothing moved.
@Suite struct AlignmentTrendTests {
    func trend(_ edit: (inout AlignmentInputs.Trend) -> Void) -> AlignmentIndex.Component {
        var inputs = AlignmentInputs()
        edit(&inputs.trend)
        return AlignmentIndex.compute(inputs).components.first { $0.measure == .customerTrend }!
    }

    @Test func withoutBothWindowsThereIsNothingToCompare() {
        #expect(trend { _ in }.value == nil)
        #expect(trend { $0.npsRecent = [10: 4]; $0.itemsRecent = 10 }.value == nil, "the three months before are empty")
    }

    @Test func nothingMovedIsFifty() {
        let flat = trend { t in (t.npsRecent, t.npsBefore, t.itemsRecent, t.negativeRecent, t.itemsBefore, t.negativeBefore) = ([10: 2], [10: 2], 10, 2, 20, 4) }
        #expect(flat.value == 50 && flat.sample == 34)
    }

    @Test func scoreAndSentimentMovesAreAveraged() {
        // NPS 0 → 100 is +100, halved to +50; not negative 50% → 80% is +30 points: 50 + (50 + 30) ÷ 2 = 90.
        let better = trend { t in (t.npsRecent, t.npsBefore, t.itemsRecent, t.negativeRecent, t.itemsBefore, t.negativeBefore) = ([10: 3], [10: 1, 0: 1], 10, 2, 10, 5) }
        #expect(better.value == 90 && better.detail == "NPS +100, not negative +30 points against the three months before")
        let onlySentiment = trend { t in (t.itemsRecent, t.negativeRecent, t.itemsBefore, t.negativeBefore) = (10, 8, 10, 2) }
        #expect(onlySentiment.value == 0, "80% → 20% is −60 points: 50 − 60 stays at 0")
    }

    @Test func theWindowsAreTheLastThreeMonthsAndTheThreeBefore() {
        let windows = AlignmentInputs.Trend.windows(endingWith: CalendarDate(year: 2027, month: 2, day: 14)!)
        #expect(windows.recent == ["2027-02", "2027-01", "2026-12"] && windows.before == ["2026-11", "2026-10", "2026-09"])
    }
}

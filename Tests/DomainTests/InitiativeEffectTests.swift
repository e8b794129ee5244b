import Foundation
import Testing
@testable import Domain

@Suite("Initiative effect")
struct InitiativeEffectTests {
    let doneOn = CalendarDate(year: 2026, month: 6, day: 10)!
    let later = CalendarDate(year: 2026, month: 12, day: 1)!

    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    // MARK: SentimentTally

    @Test func anEmptyTallyHasNoMean() {
        #expect(SentimentTally().mean == nil)
    }

    @Test func oneScoreHasNoMargin() throws {
        var tally = SentimentTally()
        tally.add(-0.5)
        let mean = try #require(tally.mean)
        #expect(mean.value == -0.5)
        #expect(mean.margin == 0)
        #expect(mean.count == 1)
    }

    @Test func meanAndMarginUseTheSampleStandardDeviation() throws {
        var tally = SentimentTally()
        for score in [0.2, 0.4, 0.6] { tally.add(score) }
        let mean = try #require(tally.mean)
        #expect(abs(mean.value - 0.4) < 1e-12)
        #expect(abs(mean.margin - Scores.z95 * (0.04 / 3).squareRoot()) < 1e-9)
        #expect(mean.count == 3)
    }

    @Test func identicalScoresHaveZeroMargin() throws {
        var tally = SentimentTally()
        for _ in 0..<4 { tally.add(0.3) }
        #expect(try #require(tally.mean).margin < 1e-6)
    }

    @Test func runningSumsCanBeRestored() {
        var tally = SentimentTally()
        for score in [1.0, -1.0, 0.5] { tally.add(score) }
        #expect(tally == SentimentTally(count: 3, sum: 0.5, squares: 2.25))
        #expect(tally.mean == SentimentTally(count: 3, sum: 0.5, squares: 2.25).mean)
    }

    // MARK: Periods

    @Test func periodsSitEitherSideOfTheDayItWasDone() {
        let effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later)
        #expect(effect.before.from == day("2026-05-11"))
        #expect(effect.before.to == day("2026-06-09"))
        #expect(effect.after.from == doneOn)
        #expect(effect.after.to == day("2026-07-09"))
        #expect(effect.before.from.days(to: effect.before.to) + 1 == 30)
        #expect(effect.after.from.days(to: effect.after.to) + 1 == 30)
    }

    @Test func theAfterPeriodStopsAtToday() {
        let effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: day("2026-06-20"))
        #expect(effect.after.to == day("2026-06-20"))
        #expect(effect.before.to == day("2026-06-09"))
    }

    @Test func answersGoToThePeriodTheirDateFallsIn() {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later)
        effect.add(date: day("2026-06-09"), nps: 3, csat: nil, ces: nil, sentiment: nil)
        effect.add(date: day("2026-05-11"), nps: 4, csat: nil, ces: nil, sentiment: nil)
        effect.add(date: doneOn, nps: 10, csat: nil, ces: nil, sentiment: nil)
        effect.add(date: day("2026-07-09"), nps: 9, csat: nil, ces: nil, sentiment: nil)
        #expect(effect.before.nps.total == 2)
        #expect(effect.after.nps.total == 2)
    }

    @Test func answersOutsideBothPeriodsAreLeftOut() {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: day("2026-06-20"))
        for date in ["2026-05-10", "2026-06-21", "2026-07-09", "2025-06-10"] {
            effect.add(date: day(date), nps: 10, csat: 5, ces: 7, sentiment: 1)
        }
        #expect(effect.before.answers == 0)
        #expect(effect.after.answers == 0)
    }

    @Test func timesCountsAnAnswerSeveralTimesInEveryMeasure() throws {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later)
        effect.add(date: doneOn, nps: 10, csat: 4, ces: 6, sentiment: 0.5, times: 3)
        #expect(effect.after.nps.total == 3)
        #expect(effect.after.csat.total == 3)
        #expect(effect.after.ces.total == 3)
        #expect(effect.after.sentiment.count == 3)
        #expect(try #require(effect.after.sentiment.mean).value == 0.5)
    }

    @Test func answersIsTheLargestCountOfAnyMeasure() {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later)
        effect.add(date: doneOn, nps: nil, csat: 5, ces: nil, sentiment: nil, times: 2)
        effect.add(date: doneOn, nps: nil, csat: nil, ces: nil, sentiment: -0.2, times: 5)
        effect.add(date: doneOn, nps: 7, csat: nil, ces: nil, sentiment: nil)
        #expect(effect.after.answers == 5)
        #expect(effect.before.answers == 0)
    }

    // MARK: Measures

    @Test func measuresAreNamedInOrderAndEmptyWithoutAnswers() {
        let measures = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later).measures
        #expect(measures.map(\.name) == ["NPS", "CSAT %", "CES mean", "Sentiment"])
        #expect(measures.allSatisfy { $0.change == nil && !$0.isClear })
    }

    @Test func aMeasureWithOnlyOneSideHasNoChange() {
        let estimate = ScoreEstimate(value: 40, margin: 1, count: 10)
        #expect(InitiativeEffect.Measure(name: "NPS", before: estimate, after: nil).change == nil)
        #expect(InitiativeEffect.Measure(name: "NPS", before: nil, after: estimate).change == nil)
        #expect(!InitiativeEffect.Measure(name: "NPS", before: nil, after: estimate).isClear)
    }

    @Test func changeIsAfterMinusBefore() {
        let measure = InitiativeEffect.Measure(name: "CSAT %", before: ScoreEstimate(value: 60, margin: 5, count: 40),
                                               after: ScoreEstimate(value: 52, margin: 5, count: 40))
        #expect(measure.change == -8)
    }

    @Test func aChangeIsClearOnlyWhenLargerThanBothMarginsTogether() {
        func measure(_ before: Double, _ after: Double) -> InitiativeEffect.Measure {
            InitiativeEffect.Measure(name: "NPS", before: ScoreEstimate(value: before, margin: 2, count: 50),
                                     after: ScoreEstimate(value: after, margin: 2, count: 50))
        }
        #expect(measure(10, 15).isClear)
        #expect(measure(10, 5).isClear, "a clear drop is clear too")
        #expect(!measure(10, 13).isClear)
        #expect(!measure(10, 14).isClear, "exactly both margins is not clearer than them")
    }

    @Test func aFullSwingInNPSIsClear() throws {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: 30, today: later)
        effect.add(date: day("2026-06-01"), nps: 0, csat: nil, ces: nil, sentiment: nil, times: 20)
        effect.add(date: day("2026-06-15"), nps: 10, csat: nil, ces: nil, sentiment: nil, times: 20)
        let nps = try #require(effect.measures.first { $0.name == "NPS" })
        #expect(nps.before?.value == -100)
        #expect(nps.after?.value == 100)
        #expect(nps.change == 200)
        #expect(nps.isClear)
    }
}

@testable import Domain
import Foundation
import Testing

/// Scores kept per touchpoint and month, and a KPI's monthly values set beside them as evidence for a declared effect.
@Suite struct EffectEvidenceTests {
    static let touchpoint = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!

    static func facts(nps: Int? = nil, csat: Int? = nil, date: String? = "2026-03-14", places: Int = 1) -> FeedbackFacts {
        FeedbackFacts(date: date.flatMap(CalendarDate.init), channel: nil, segment: nil, nps: nps, csat: csat, ces: nil, theme: nil, negative: false,
                      places: (0..<places).map { _ in TouchpointPlace(touchpointID: touchpoint, stageID: UUID(), journeyID: UUID()) })
    }

    static func monthCounters(_ facts: FeedbackFacts) -> [(detail: String, n: Int)] {
        FeedbackFigures.monthScoreCounts(facts).counts.map { ($0.key.detail, $0.value) }
    }

    @Test func aPromoterCountsAsAnAnswerAndAGoodOneInItsMonth() {
        let counters = Dictionary(uniqueKeysWithValues: Self.monthCounters(Self.facts(nps: 9)).map { ($0.detail, $0.n) })
        #expect(counters == ["2026-03|nps|n": 1, "2026-03|nps|good": 1])
    }

    @Test func aDetractorIsBadAndAPassiveNeither() {
        #expect(Set(Self.monthCounters(Self.facts(nps: 6)).map(\.detail)) == ["2026-03|nps|n", "2026-03|nps|bad"])
        #expect(Set(Self.monthCounters(Self.facts(nps: 7)).map(\.detail)) == ["2026-03|nps|n"])
    }

    @Test func anItemWithoutADateOrAScoreCountsNothing() {
        #expect(Self.monthCounters(Self.facts(nps: 9, date: nil)).isEmpty)
        #expect(Self.monthCounters(Self.facts()).isEmpty)
    }

    @Test func scoresAreSummedAcrossTouchpointsIntoNPSAndCSAT() {
        let scores = MonthScore.summed([("2026-03|nps|n", 10), ("2026-03|nps|good", 5), ("2026-03|nps|bad", 2), ("2026-03|csat|n", 4),
                                        ("2026-03|csat|good", 3), ("2026-03|nps|n", 10), ("broken", 3)])
        #expect(scores.first { $0.scale == "nps" }?.score == 15)
        #expect(scores.first { $0.scale == "csat" }?.score == 75)
        #expect(MonthScore.mainSeries(scores)?.scale == "nps", "the scale with the most answers")
    }

    static func series(_ values: [Double], scores: [Double]) -> ([(period: CalendarDate, value: Double)], [MonthScore]) {
        let months = (1...values.count).map { CalendarDate(year: 2026, month: $0, day: 1)! }
        return (zip(months, values).map { ($0, $1) },
                zip(months, scores).map { MonthScore(month: String($0.description.prefix(7)), scale: "csat", answers: 100, good: Int($1)) })
    }

    @Test func aKPIFallingAsTheScoreRisesSupportsAnEffectDeclaredThatWay() {
        let (values, scores) = Self.series([372, 365, 350, 338, 330, 318, 301, 292], scores: [61, 62, 64, 66, 67, 70, 72, 75])
        let evidence = EffectEvidence.assess(values: values, scores: scores, expecting: -1)
        #expect(evidence.months == 8 && evidence.verdict == .supports && evidence.summary.contains("supports"))
        #expect(EffectEvidence.assess(values: values, scores: scores, expecting: 1).verdict == .contradicts)
    }

    @Test func fewerThanSixMonthsIsNotEnoughData() {
        let (values, scores) = Self.series([1, 2, 3, 4, 5], scores: [1, 2, 3, 4, 5])
        let evidence = EffectEvidence.assess(values: values, scores: scores, expecting: 1)
        #expect(evidence.correlation == nil && evidence.summary == "Not enough data: 5 months with both the KPI and CSAT (needs 6).")
    }

    @Test func noScoresAtAllIsSaidSo() {
        #expect(EffectEvidence.assess(values: [], scores: [], expecting: 1).summary == "No customer scores where the outcome is won or lost.")
    }

    @Test func theLastValueOfAMonthStandsForIt() {
        let (values, scores) = Self.series([1, 2, 3, 4, 5, 6], scores: [10, 20, 30, 40, 50, 60])
        let extra = values + [(CalendarDate(year: 2026, month: 6, day: 20)!, 0)]
        #expect(EffectEvidence.assess(values: extra, scores: scores, expecting: 1).months == 6)
    }
}

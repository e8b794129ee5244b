import Foundation
import Testing
@testable import Domain

@Suite("Legitimize priority")
struct PriorityScoreTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    @Test func dayNumbersCountDaysAcrossMonthsYearsAndLeapDays() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDate(year: 2024, month: 3, day: 1)!.dayNumber - CalendarDate(year: 2024, month: 2, day: 28)!.dayNumber == 2)
        #expect(CalendarDate(year: 2027, month: 1, day: 1)!.dayNumber - CalendarDate(year: 2026, month: 12, day: 31)!.dayNumber == 1)
        #expect(CalendarDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
    }

    @Test func eachPartFollowsItsDefinition() {
        let evidence = Evidence(count: 4, statedPrioritySum: 9, statedPriorityCount: 2, highestTier: .high,
                                newest: CalendarDate(year: 2026, month: 8, day: 27)!, negativitySum: 2)
        let score = PriorityScore(evidence: evidence, teamSeverity: 4, largestCount: 24, today: Self.today)
        #expect(abs(score.frequency - log(5) / log(25)) < 1e-12)
        #expect(score.severity == 0.8)
        #expect(abs(score.customerPriority - Double(9 + 3 + 3) / 20) < 1e-12, "two unstated priorities count as 3 each")
        #expect(score.valueTier == 0.75)
        #expect(abs(score.recency - 0.5) < 1e-12, "90 days old is half as recent")
        let expected = 100 * (0.30 * score.frequency + 0.25 * 0.8 + 0.20 * score.customerPriority + 0.15 * 0.75 + 0.10 * 0.5)
        #expect(abs(score.total - expected) < 1e-9)
    }

    @Test func blindSpotsTakeTheirSeverityFromHowNegativeCustomersAre() {
        let evidence = Evidence(count: 2, negativitySum: 1.2)
        let score = PriorityScore(evidence: evidence, teamSeverity: nil, largestCount: 2, today: Self.today)
        #expect(abs(score.severity - 0.6) < 1e-12)
        #expect(score.frequency == 1, "the most-mentioned entry has the full frequency")
        #expect(score.valueTier == 0, "no known customer adds no value weight")
        #expect(score.recency == 0, "no dated item, no recency")
    }

    @Test func aFrictionNoCustomerMentionedIsAsRecentAsItsRecording() {
        let score = PriorityScore(evidence: Evidence(), teamSeverity: 5, largestCount: 10, today: Self.today, recordedOn: Self.today)
        #expect(score.frequency == 0)
        #expect(score.customerPriority == 0)
        #expect(score.recency == 1)
        #expect(abs(score.total - 100 * (0.25 + 0.10)) < 1e-9)
    }

    @Test func tiersHaveAnOrderTheDatabaseCanCompare() {
        #expect(ValueTier.allCases.map(\.rank).sorted() == [1, 2, 3, 4])
        for tier in ValueTier.allCases { #expect(ValueTier(rank: tier.rank) == tier) }
        #expect(ValueTier(rank: 0) == nil)
    }

    static func friction(_ severity: Int, _ status: FrictionStatus = .open) -> BoardFriction {
        BoardFriction(id: UUID(), description: "Friction of severity \(severity)", severity: severity, status: status, recordedOn: today)
    }

    @Test func theBoardSortsFrictionsIntoConfirmedAndUnvalidated() {
        let confirmed = Self.friction(3), unheard = Self.friction(5), addressed = Self.friction(4, .addressed), closed = Self.friction(5, .closed)
        let board = LegitimizeBoard(frictions: [confirmed, unheard, addressed, closed],
                                    frictionEvidence: [confirmed.id: Evidence(count: 3), closed.id: Evidence(count: 9)],
                                    unexplained: [:], today: Self.today)
        #expect(board.confirmed.map(\.title) == [confirmed.description])
        #expect(board.unvalidated.map(\.title) == [unheard.description], "an addressed friction no customer mentioned is not a belief to test")
        #expect(!board.confirmed.contains { $0.title == closed.description }, "closed frictions leave the views")
    }

    @Test func blindSpotsRankByPriorityAndTheUnthemedGroupIsNamed() {
        let board = LegitimizeBoard(frictions: [], frictionEvidence: [:],
                                    unexplained: ["estimated bill": Evidence(count: 40, negativitySum: 20),
                                                  "visit window": Evidence(count: 4, negativitySum: 3),
                                                  nil: Evidence(count: 10, negativitySum: 2), "empty": Evidence()],
                                    themeProposals: ["visit window": 2], today: Self.today)
        // 54.5 (F 1, S 0.5, P 0.6), 43.75 (F 0.43, S 0.75, P 0.6), 36.4 (F 0.65, S 0.2, P 0.6)
        #expect(board.blindSpots.map(\.title) == ["“estimated bill”", "“visit window”", "Not in any theme"])
        #expect(board.blindSpots[1].openProposals == 2)
        #expect(zip(board.blindSpots, board.blindSpots.dropFirst()).allSatisfy { $0.score.total >= $1.score.total })
    }
}

import Domain
import Foundation
import Testing

/// A team's 4C cells: the pulse score against the limit, and each experience's own signals.
@Suite struct TeamHealthTests {
    static let community = PulseResults.Item(id: UUID(), topic: .community, kind: .agreement, text: "Teams work together.")
    static let strategy = PulseResults.Item(id: UUID(), topic: .strategy, kind: .agreement, text: "We discuss the strategy.")

    static func group(_ favourable: Int, of answers: Int, suppressed: Bool = false) -> PulseResults.Group {
        let tally = PulseResults.Tally(answers: answers, favourable: favourable, neutral: 0, unfavourable: answers - favourable, total: 0)
        let team = UUID(), other = UUID()
        let results = PulseResults.build(threshold: 5, items: [community, strategy], groups: [
            (team, "Team", answers, suppressed ? 2 : answers, [community.id: tally, strategy.id: tally]),
            (other, "Other", 20, 20, [community.id: tally, strategy.id: tally]),
        ])
        return results.teams[0]
    }

    static func evaluate(_ groups: [PulseResults.Group], _ signals: TeamHealth.Signals = .init(), team: Bool = true) -> TeamHealth {
        TeamHealth.evaluate(teamID: team ? UUID() : nil, name: "Team", pulses: groups, items: groups.map { _ in [community, strategy] },
                            signals: signals, limits: HealthLimits())
    }

    @Test func aScoreBelowTheLimitIsASignWithItsWords() {
        let health = Self.evaluate([Self.group(3, of: 10)])
        let cell = health.cells[.community]!
        #expect(cell.isMisaligned && cell.breaches == ["pulse 30% favourable, below 60%"])
        #expect(FourC.community.signs == "siloed progress, political friction, eroded trust")
        #expect(health.cells[.customer]?.score == nil && health.cells[.customer]?.isMisaligned == false)
    }

    @Test func theTrendRunsOldestFirstAndAWithheldPulseShowsNoFigure() {
        let health = Self.evaluate([Self.group(8, of: 10), Self.group(3, of: 3, suppressed: true), Self.group(4, of: 10)])
        #expect(health.cells[.community]?.trend == [80, nil, 40])
        let withheld = Self.evaluate([Self.group(3, of: 3, suppressed: true)])
        #expect(withheld.cells[.community]?.score == nil && withheld.cells[.community]?.suppression == .tooFew && withheld.strategy == nil)
    }

    @Test func leaversPastTheLimitAreACareerSign() {
        var signals = TeamHealth.Signals()
        (signals.headcount, signals.leavers) = (40, 10)
        let cell = Self.evaluate([], signals).cells[.career]!
        #expect(cell.breaches == ["10 left in twelve months (20%), above 15%"])
        signals.leavers = 7
        #expect(Self.evaluate([], signals).cells[.career]?.isMisaligned == false, "7 of 47 is 15%, not above")
    }

    @Test func countsAreATeamsLimitsAndRatesTheOrganizations() {
        var signals = TeamHealth.Signals()
        (signals.openFrictions, signals.escalations, signals.unownedHandoffs) = (9, 3, 2)
        #expect(Self.evaluate([], signals).cells[.customer]?.breaches == ["9 open friction points, above 3"])
        #expect(Self.evaluate([], signals).cells[.community]?.breaches == ["5 handoff problems and escalations, above 3"])
        #expect(Self.evaluate([], signals, team: false).cells[.customer]?.isMisaligned == false)
    }

    @Test func coreReadsStrategyUnderstandingAndCommitmentsKept() {
        var signals = TeamHealth.Signals()
        (signals.commitmentsKept, signals.commitmentsAssessed) = (1, 3)
        let cell = Self.evaluate([Self.group(5, of: 10)], signals).cells[.core]!
        #expect(cell.breaches == ["strategy understanding 50% favourable, below 60%", "1 of 3 charter commitments kept, below 70%"])
    }

    @Test func npsAndCSATComeFromAnswerCounts() {
        var signals = TeamHealth.Signals()
        signals.nps = [10: 5, 8: 2, 3: 3]
        signals.csat = [5: 3, 2: 1]
        #expect(signals.npsScore?.value == 20 && signals.npsScore?.n == 10 && signals.csatSatisfied?.value == 75)
    }
}

import Domain
import Foundation
import Testing

/// The customer-centricity model: targets and assessments read from forms, rounds with their spread, the gap, and
/// an assessment Align's own records do not back.
@Suite struct CentricityTests {
    static let insight = Competency.builtIn[1]
    static let id = UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!

    static func assessed(_ who: String, _ level: Int, _ day: String) -> CentricityAssessment {
        CentricityAssessment(competencyID: id, assessor: who, level: level, date: CalendarDate(day)!)
    }

    @Test func theBuiltInModelHasSixCompetenciesOfFiveLevels() {
        #expect(Competency.builtIn.count == 6 && Competency.builtIn.allSatisfy { $0.levels.count == Competency.levelCount })
        #expect(Set(Competency.builtIn.map(\.key)).count == 6 && Self.insight.key == Competency.customerInsight)
    }

    @Test func aCompetencyRoundTripsThroughItsForm() throws {
        let again = try Competency.parse(Self.insight.formInput)
        #expect(again == Self.insight)
    }

    @Test func aTargetNeedsALevelFromOneToFiveAndAReason() {
        do {
            _ = try CentricityTarget.parse(FormInput(single: ["competency_id": Self.id.uuidString, "level": "6"]))
            Issue.record("level 6 was accepted")
        } catch {
            #expect(error.errors.map(\.field) == ["level", "reason"])
        }
    }

    @Test func roundsAreMonthsWithEachAssessorsLastWordAndTheirSpread() {
        let gap = CentricityGap.build(Self.insight, target: CentricityTarget(competencyID: Self.id, level: 4, reason: "Regulator"),
                                      assessments: [Self.assessed("Ana", 2, "2026-03-02"), Self.assessed("Ana", 3, "2026-03-20"), Self.assessed("Ben", 1, "2026-03-05"),
                                                    Self.assessed("Ana", 3, "2026-09-01"), Self.assessed("Ben", 2, "2026-09-02"), Self.assessed("Cy", 4, "2026-09-03")],
                                      checks: [])
        #expect(gap.rounds.map(\.month) == ["2026-03", "2026-09"] && gap.rounds[0].levels == [1, 3])
        #expect(gap.current?.median == 3 && gap.current?.lowest == 2 && gap.current?.highest == 4 && gap.gap == 1)
        #expect(gap.rounds[0].median == 2, "two assessors: the mean of the middle two")
    }

    @Test func noTargetOrNoAssessmentMeansNoGap() {
        #expect(CentricityGap.build(Self.insight, target: nil, assessments: [Self.assessed("Ana", 2, "2026-03-02")], checks: []).gap == nil)
        #expect(CentricityGap.build(Self.insight, target: CentricityTarget(competencyID: Self.id, level: 3, reason: "x"), assessments: [], checks: []).gap == nil)
    }

    @Test func anAssessmentAboveWhatTheRecordsBackIsFlagged() {
        var evidence = CentricityEvidence()
        (evidence.recentChannels, evidence.themesReviewed, evidence.linksConfirmed) = (1, 4, 0)
        let gap = CentricityGap.build(Self.insight, target: nil, assessments: [Self.assessed("Ana", 4, "2026-09-01")], checks: evidence.checks)
        #expect(gap.checks.count == 3 && gap.supportedLevel == 2 && gap.contradictsEvidence)
        evidence.recentChannels = 3
        let backed = CentricityGap.build(Self.insight, target: nil, assessments: [Self.assessed("Ana", 3, "2026-09-01")], checks: evidence.checks)
        #expect(backed.supportedLevel == 3 && !backed.contradictsEvidence)
    }

    @Test func aCompetencyWithoutChecksIsNeitherBackedNorContradicted() {
        let leadership = CentricityGap.build(Competency.builtIn[0], target: nil, assessments: [Self.assessed("Ana", 5, "2026-09-01")],
                                             checks: CentricityEvidence().checks)
        #expect(leadership.supportedLevel == nil && !leadership.contradictsEvidence)
    }
}

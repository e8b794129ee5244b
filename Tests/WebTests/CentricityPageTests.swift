import Domain
import Foundation
import Testing
import Web

/// The centricity page: each competency's five levels with the target and every assessor placed, the gap's history,
/// the evidence with a flag where it contradicts the assessment, and the empty page that offers Align's model.
@Suite struct CentricityPageTests {
    typealias M = CentricityModel
    static let shell = Fixture.shell("Customer-centricity", current: "centricity")

    static func row(target: Int?, assessments: [CentricityAssessment], checks: [EvidenceCheck]) -> M.Row {
        let competency = Competency.builtIn[1]
        let id = UUID(uuidString: "00000000-0000-0000-0000-0000000000C1")!
        let gap = CentricityGap.build(competency, target: target.map { CentricityTarget(competencyID: id, level: $0, reason: "") }, assessments: assessments,
                                      checks: checks)
        return M.Row(competencyID: id, competency: M.Linked(competency.name + " " + Fixture.markup, "/orgs/\(Fixture.slug)/competencies/1"),
                     description: competency.description, levels: competency.levels, target: target, reason: "Themes must reach the teams " + Fixture.markup,
                     targetURL: "/orgs/\(Fixture.slug)/centricity-targets/2/edit", gap: gap,
                     checks: gap.checks.map { M.Check($0, url: "/orgs/\(Fixture.slug)/scores?by=channel") },
                     closing: [("Initiative", M.Linked("One owner for telling customers", "/orgs/\(Fixture.slug)/initiatives/3"))],
                     assessmentsURL: "/orgs/\(Fixture.slug)/centricity-assessments?competency_id=1", assessURL: "/orgs/\(Fixture.slug)/centricity-assessments/new?competency_id=1")
    }

    static func assessed(_ levels: [Int], on date: String) -> [CentricityAssessment] {
        levels.enumerated().map { CentricityAssessment(competencyID: UUID(), assessor: "Assessor \($0)", level: $1, date: CalendarDate(date)!) }
    }

    @Test func aCompetencyShowsTargetSpreadGapHistoryAndContradictingEvidence() throws {
        var evidence = CentricityEvidence()
        evidence.recentChannels = 1
        let row = Self.row(target: 4, assessments: Self.assessed([2, 2, 3, 1], on: "2026-08-10") + Self.assessed([3, 3, 2, 4], on: "2026-11-10"), checks: evidence.checks)
        let html = CentricityView.render(M(slug: Fixture.slug, rows: [row], missingBuiltIn: 5, canChoose: true, canAssess: true), shell: Self.shell)
        #expect(html.contains("gap 1") && html.contains("from 2 to 4") && html.contains("Contradicted by the records") && !html.contains(Fixture.markup))
        try assertSnapshot(html, named: "assessed", suite: "CentricityView")
    }

    @Test func aViewerWithNoCompetenciesIsToldWhatComesFirst() throws {
        let html = CentricityView.render(M(slug: Fixture.slug, rows: [], missingBuiltIn: 6, canChoose: false, canAssess: false), shell: Self.shell)
        #expect(html.contains("No competencies yet") && !html.contains("Add Align’s competencies") && !html.contains("Record an assessment"))
        try assertSnapshot(html, named: "empty", suite: "CentricityView")
    }
}

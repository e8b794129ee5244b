import Domain
import Foundation
import Testing
import Web

/// The charter gaps page, with gaps of each kind and with none.
@Suite struct CharterGapsPageTests {
    static let shell = Fixture.shell("Charter gaps", current: "commitments")
    static let team = CharterGaps.Named(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!, name: "Billing " + Fixture.markup)
    static let goal = CharterGaps.Named(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000c2")!, name: "Bills understood")

    @Test func gapsOfEachKindAreListedWithWhatToDo() throws {
        let commitment = CharterCommitment(teamID: Self.team.id, text: "We tidy the ledger", goalIDs: [Self.goal.id])
        let gaps = CharterGaps.find(teams: [Self.team, .init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000c3")!, name: "Care")],
                                    goals: [Self.goal, .init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000c4")!, name: "Fix it first time")],
                                    commitments: [(UUID(uuidString: "00000000-0000-0000-0000-0000000000c5")!, commitment)])
        try assertSnapshot(CharterGapsView.render(CharterGapsModel(slug: Fixture.slug, gaps: gaps), shell: Self.shell), named: "gaps", suite: "CharterGapsView")
    }

    @Test func noGapsSaysSo() throws {
        let commitment = CharterCommitment(teamID: Self.team.id, text: "We explain every corrected bill", goalIDs: [Self.goal.id], touchpointIDs: [UUID()])
        let gaps = CharterGaps.find(teams: [Self.team], goals: [Self.goal], commitments: [(UUID(uuidString: "00000000-0000-0000-0000-0000000000c6")!, commitment)])
        try assertSnapshot(CharterGapsView.render(CharterGapsModel(slug: Fixture.slug, gaps: gaps), shell: Self.shell), named: "none", suite: "CharterGapsView")
    }

    @Test func aLongListShowsItsFirstFiftyAndLinksToTheRest() {
        let teams = (1...60).map { CharterGaps.Named(id: UUID(), name: "Team \($0)") }
        let gaps = CharterGaps.find(teams: teams, goals: [Self.goal], commitments: [])
        let html = CharterGapsView.render(CharterGapsModel(slug: Fixture.slug, gaps: gaps), shell: Self.shell)
        #expect(html.contains("Team 50<") && !html.contains("Team 51<") && html.contains("The first 50 of 60 are shown"))
    }
}

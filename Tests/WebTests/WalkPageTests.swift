import Domain
import Foundation
import Testing
@testable import Web

/// A journey walk's page and two walks compared, from mock models.
@Suite struct WalkPageTests {
    static let walkID = UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!
    static let journey = UUID(uuidString: "00000000-0000-0000-0000-0000000000c2")!
    static let call = UUID(uuidString: "00000000-0000-0000-0000-0000000000c3")!
    static let email = UUID(uuidString: "00000000-0000-0000-0000-0000000000c4")!
    static let friction = UUID(uuidString: "00000000-0000-0000-0000-0000000000c5")!

    @Test func aWalkShowsEachStepInOrderWithItsFormsAndHypotheses() throws {
        let walk = JourneyWalk(journeyID: Self.journey, date: CalendarDate(year: 2026, month: 10, day: 6)!, participants: "Sofia " + Fixture.markup)
        let steps = [WalkModel.Step(touchpointID: Self.call, name: "Leaks line", stage: "Report it", minutes: 9, worked: "Read back the reference", hypotheses: []),
                     WalkModel.Step(touchpointID: Self.email, name: "Visit window email", stage: "Wait", minutes: nil, worked: "",
                                    hypotheses: [(Self.friction, .wait, "Came <late>", 3, 0)])]
        let model = WalkModel(slug: Fixture.slug, id: Self.walkID, walk: walk, journeyName: "Report a leak", steps: steps,
                              others: [(UUID(uuidString: "00000000-0000-0000-0000-0000000000c6")!, "Secret shopper, 2026-11-04")], canNote: true)
        let html = WalkView.render(model, shell: Fixture.shell("Walk of Report a leak", current: "journeys"))
        #expect(html.contains("1 of 2 steps timed, 9 minutes in all") && html.contains("Came &lt;late&gt;") && html.contains("unvalidated"))
        try assertSnapshot(html, named: "walk", suite: "WalkView")
    }

    @Test func twoWalksSideBySide() throws {
        let comparison = WalkComparison.compare(touchpoints: [(Self.call, "Leaks line"), (Self.email, "Visit window email")],
                                                first: ([Self.call: 9], [Self.email: [.init(id: Self.friction, kind: .wait, description: "Late")]]),
                                                second: ([Self.call: 14], [:]))
        let model = WalkComparisonModel(slug: Fixture.slug, journeyName: "Report a leak", first: (Self.walkID, "Internal walk, 2026-10-06"),
                                        second: (UUID(uuidString: "00000000-0000-0000-0000-0000000000c6")!, "Secret shopper, 2026-11-04"), comparison: comparison)
        let html = WalkComparisonView.render(model, shell: Fixture.shell("Two walks", current: "journeys"))
        #expect(html.contains("14 (+5)") && html.contains("9 and 14 minutes timed in all"))
        try assertSnapshot(html, named: "compare", suite: "WalkComparisonView")
    }
}

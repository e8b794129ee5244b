import Domain
import Foundation
import Testing
import Web

/// The TheyDo insights import page: the journey first, then the file; what an import did, or every problem.
@Suite struct InsightImportPageTests {
    static let journeys = [InsightImportModel.Option(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, name: "Report a fault " + Fixture.markup),
                           InsightImportModel.Option(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!, name: "Move home")]
    static let touchpoints = [InsightImportModel.Option(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!, name: "Fault line")]
    static let shell = Fixture.shell("Import TheyDo insights", current: "frictions")

    @Test func withoutAJourneyThePageSaysToAddOne() throws {
        let html = InsightImportView.render(InsightImportModel(slug: Fixture.slug, journeys: [], journeyID: nil, touchpoints: []), shell: Self.shell)
        try assertSnapshot(html, named: "no-journeys", suite: "InsightImportView")
    }

    @Test func aChosenJourneyOffersItsTouchpointsAsTheDefault() throws {
        var model = InsightImportModel(slug: Fixture.slug, journeys: Self.journeys, journeyID: Self.journeys[0].id, touchpoints: Self.touchpoints)
        model.result = .init(created: 2, updated: 1, unchanged: 4, notes: ["line 5 (Id-2): type “Pain point” is not a kind of friction: took the default Effort"],
                             checkedOnly: false)
        try assertSnapshot(InsightImportView.render(model, shell: Self.shell), named: "imported", suite: "InsightImportView")
    }

    @Test func aRefusedFileListsEveryProblem() throws {
        var model = InsightImportModel(slug: Fixture.slug, journeys: Self.journeys, journeyID: Self.journeys[1].id, touchpoints: [])
        model.problems = ["line 5, insights[1].title: is required, as text", "line 6, insights[2].groupTags: “" + Fixture.markup + "” names no touchpoint of the chosen journey"]
        model.checkOnly = true
        try assertSnapshot(InsightImportView.render(model, shell: Self.shell), named: "refused", suite: "InsightImportView")
    }
}

import Domain
import Foundation
import Testing
import Web

@Suite struct JourneyPageTests {
    typealias F = Fixture.Journeys

    static func shell() -> PageShell { Fixture.shell("Report a leak", current: "journeys") }

    @Test func frictionMapShowsStagesTintedTouchpointsAndFlaggedHandoffs() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: nil)
        try assertSnapshot(JourneyMapView.render(model, shell: Self.shell()), named: "friction", suite: "JourneyMapView")
    }

    @Test func selectingATouchpointOpensItsBackstage() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: F.leakLine)
        #expect(model.selected != nil)
        try assertSnapshot(JourneyMapView.render(model, shell: Self.shell()), named: "backstage", suite: "JourneyMapView")
    }

    @Test func backstageOfAQuietTouchpointSaysNothingIsLinked() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: F.confirmation)
        try assertSnapshot(JourneyMapView.render(model, shell: Self.shell()), named: "backstage-quiet", suite: "JourneyMapView")
    }

    @Test func selectingATouchpointFromAnotherJourneyOpensNothing() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: F.elsewhere)
        #expect(model.selected == nil)
        #expect(JourneyMapView.render(model, shell: Self.shell())
            == JourneyMapView.render(JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: nil), shell: Self.shell()))
    }

    @Test func heatViewTintsCardsByWhatCustomersConfirmedAndSaid() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: nil, heat: F.heat)
        try assertSnapshot(JourneyMapView.render(model, shell: Self.shell()), named: "heat", suite: "JourneyMapView")
    }

    @Test func heatViewKeepsTheBackstageOpen() throws {
        let model = JourneyMapModel(map: F.map, slug: Fixture.slug, selectedTouchpoint: F.crew, heat: F.heat)
        try assertSnapshot(JourneyMapView.render(model, shell: Self.shell()), named: "heat-backstage", suite: "JourneyMapView")
    }

    @Test func emptyJourneyAsksForTheFirstStage() throws {
        let model = JourneyMapModel(map: F.emptyMap, slug: Fixture.slug, selectedTouchpoint: nil)
        let html = JourneyMapView.render(model, shell: Fixture.shell("Connect a new home", current: "journeys", notice: "Journey created."))
        try assertSnapshot(html, named: "empty", suite: "JourneyMapView")
    }
}

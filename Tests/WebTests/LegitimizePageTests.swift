import Domain
import Foundation
import Testing
import Web

@Suite struct LegitimizePageTests {
    typealias F = Fixture.Legitimize

    static func shell(_ title: String = "Legitimize") -> PageShell { Fixture.shell(title, current: "legitimize") }

    // MARK: The three views

    @Test func confirmedViewRanksFrictionsWithEveryPartOfThePriority() throws {
        try assertSnapshot(LegitimizePage.render(F.confirmed, shell: Self.shell()), named: "confirmed", suite: "LegitimizePage")
    }

    @Test func aLaterPageOfAViewCarriesOnTheRanksAndLinksBothWays() throws {
        var model = F.confirmed
        model.page = 2
        model.pageCount = 3
        model.firstRank = 51
        let html = LegitimizePage.render(model, shell: Self.shell())
        #expect(html.contains(##"<td data-label="#">51</td>"##))
        #expect(html.contains("view=confirmed&amp;page=1") && html.contains("view=confirmed&amp;page=3"))
        #expect(html.contains("Page 2 of 3"))
    }

    @Test func blindSpotsRankThemesNoFrictionExplains() throws {
        let html = LegitimizePage.render(F.blindSpots, shell: Fixture.shell("Legitimize", current: "legitimize", notice: "Links proposed afresh."))
        try assertSnapshot(html, named: "blind-spots", suite: "LegitimizePage")
    }

    @Test func emptyUnvalidatedViewForSomeoneWhoCannotCurate() throws {
        try assertSnapshot(LegitimizePage.render(F.unvalidatedEmpty, shell: Fixture.shell("Legitimize", current: "legitimize", notice: "Closed the friction “" + Fixture.markup + "”.")), named: "unvalidated-empty", suite: "LegitimizePage")
    }

    // MARK: Links

    @Test func proposedLinksOfferConfirmAndReject() throws {
        let html = LinksPage.render(LinksModel(slug: Fixture.slug, lines: F.proposedLines, filters: ["status": "proposed"],
                                    frictionOptions: F.frictionOptions, canDecide: true), shell: Self.shell("Links"))
        try assertSnapshot(html, named: "proposed", suite: "LinksPage")
    }

    @Test func decidedLinksOnTheLastPageForAViewer() throws {
        let html = LinksPage.render(LinksModel(slug: Fixture.slug, lines: F.decidedLines,
                                    filters: ["subject": "item", "friction_id": F.frictionSlot.uuidString, "status": ""],
                                    frictionOptions: F.frictionOptions, canDecide: false), shell: Self.shell("Links"))
        try assertSnapshot(html, named: "decided-viewer", suite: "LinksPage")
    }

    @Test func noProposalsWaitingSaysHowProposalsAppear() throws {
        let html = LinksPage.render(LinksModel(slug: Fixture.slug, lines: F.none, filters: ["status": "proposed"], frictionOptions: [], canDecide: true), shell: Fixture.shell("Links", current: "legitimize", notice: "Confirmed the link to “" + Fixture.markup + "”."))
        try assertSnapshot(html, named: "none-proposed", suite: "LinksPage")
    }

    @Test func filtersMatchingNoLinkSaySo() throws {
        let html = LinksPage.render(LinksModel(slug: Fixture.slug, lines: F.none, filters: ["status": "rejected", "subject": "theme"],
                                    frictionOptions: F.frictionOptions, canDecide: true), shell: Self.shell("Links"))
        try assertSnapshot(html, named: "none-matching", suite: "LinksPage")
    }
}

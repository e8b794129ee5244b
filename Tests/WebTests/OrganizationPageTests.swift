import Domain
import Foundation
import Testing
import Web

@Suite struct OrganizationPageTests {
    typealias F = Fixture.Organizations

    @Test func overviewCountsFindingsAndListsJourneysTeamsAndGoals() throws {
        let html = OverviewView.render(F.overview, shell: Fixture.shell(Fixture.organizationName, current: ""))
        try assertSnapshot(html, named: "full", suite: "OverviewView")
    }

    @Test func aLargeOrganizationsOverviewListsTheFirstTeamsAndJourneysAndLinksToAll() throws {
        var model = F.overview
        model.teamCount = 1_000
        model.journeyCount = 200
        let html = OverviewView.render(model, shell: Fixture.shell(Fixture.organizationName, current: ""))
        #expect(html.contains(#"<a href="/orgs/riverbend-water/teams">All 1000 teams →</a>"#))
        #expect(html.contains(#"<a href="/orgs/riverbend-water/journeys">All 200 journeys →</a>"#))
        #expect(!OverviewView.render(F.overview, shell: Fixture.shell(Fixture.organizationName, current: "")).contains("All 4 teams"))
    }

    @Test func newOrganizationOverviewSaysWhatToMapFirst() throws {
        let shell = PageShell(title: "Harbour Gas", organization: OrganizationNav(name: "Harbour Gas", slug: "harbour-gas", current: ""),
                              account: Fixture.account, notice: "Harbour Gas was created. " + Fixture.markup)
        let html = OverviewView.render(F.newOrganization, shell: shell)
        try assertSnapshot(html, named: "empty", suite: "OverviewView")
    }

    @Test func theOverviewLeadsWithTheAlignmentIndexItsWeakestComponentsAndItsFormula() throws {
        var inputs = AlignmentInputs()
        (inputs.handoffs, inputs.unownedHandoffs, inputs.kpis, inputs.kpisInConflict) = (10, 4, 5, 5)
        (inputs.checkInsDue, inputs.checkInsOnTime, inputs.feedbackItems, inputs.negativeItems) = (8, 6, 10, 1)
        (inputs.withheld, inputs.nps) = (true, [10: 3, 2: 1])
        var model = F.overview
        model.alignment = AlignmentPanelModel(slug: Fixture.slug, month: "2026-12", index: AlignmentIndex.compute(inputs),
                                              urls: { Paths.page(Fixture.slug, .health, query: ["from": $0.rawValue]) },
                                              history: [("2026-11", 48), ("2026-12", 61)], canRecompute: true)
        model.alignment?.teams = [.init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!, name: "Billing " + Fixture.markup, value: 38,
                                        weakest: "KPIs in no conflict")]
        let html = OverviewView.render(model, shell: Fixture.shell(Fixture.organizationName, current: ""))
        #expect(html.contains("Withheld: fewer answers than the anonymity threshold") && html.contains("2026-11 48 · 2026-12 61"))
        #expect(html.contains("Billing &lt;script&gt;") && html.contains(": 38 · weakest: KPIs in no conflict"))
        #expect(html.range(of: "KPIs in no conflict")!.lowerBound < html.range(of: "Handoffs with an owner")!.lowerBound, "the weakest come first")
        try assertSnapshot(html, named: "alignment", suite: "OverviewView")
    }
}

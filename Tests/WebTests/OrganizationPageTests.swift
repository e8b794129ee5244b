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
}

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

    @Test func newOrganizationOverviewSaysWhatToMapFirst() throws {
        let shell = PageShell(title: "Harbour Gas", organization: OrganizationNav(name: "Harbour Gas", slug: "harbour-gas", current: ""),
                              account: Fixture.account, notice: "Harbour Gas was created. " + Fixture.markup)
        let html = OverviewView.render(F.newOrganization, shell: shell)
        try assertSnapshot(html, named: "empty", suite: "OverviewView")
    }
}

import Domain
import Foundation
import Testing
import Web

/// The pages every kind of record shares, the frame around them, the CSV export and the stylesheet.
@Suite struct CommonPageTests {
    typealias F = Fixture.Common

    // MARK: ListView

    @Test func listShowsFiltersRowsAndThePager() throws {
        let html = ListView.render(F.frictionList, shell: Fixture.shell("Frictions", current: "frictions"))
        try assertSnapshot(html, named: "full", suite: "ListView")
    }

    @Test func emptyListSaysWhatToAddFirst() throws {
        let html = ListView.render(F.emptyPeopleList, shell: Fixture.shell("People", current: "people", notice: "Deleted “Tom O'Neill " + Fixture.markup + "”."))
        try assertSnapshot(html, named: "empty", suite: "ListView")
    }

    @Test func filteredListWithNoMatchesOffersToClearTheFilters() throws {
        let html = ListView.render(F.filteredEmptyHandoffList, shell: Fixture.shell("Handoffs", current: "handoffs"))
        try assertSnapshot(html, named: "filtered-empty", suite: "ListView")
    }

    // MARK: FormView

    @Test func blankFormDrawsEveryKindOfField() throws {
        let html = FormView.render(F.newProcessForm, shell: Fixture.shell("New process or policy", current: "processes"))
        try assertSnapshot(html, named: "new", suite: "FormView")
    }

    @Test func failedFormKeepsTheValuesAndNamesEachBadField() throws {
        let html = FormView.render(F.handoffFormWithErrors, shell: Fixture.shell("New handoff", current: "handoffs"))
        try assertSnapshot(html, named: "errors", suite: "FormView")
    }

    @Test func signInFormNeverSendsThePasswordBack() throws {
        let html = FormView.render(F.signInForm, shell: PageShell(title: "Sign in"))
        #expect(!html.contains("hunter2-never-shown"))
        try assertSnapshot(html, named: "sign-in", suite: "FormView")
    }

    // MARK: DetailView and deleting

    @Test func recordPageShowsFactsAndSections() throws {
        let html = DetailView.render(F.billingTeam, shell: Fixture.shell("Billing", current: "teams", notice: "Saved."))
        try assertSnapshot(html, named: "team", suite: "DetailView")
    }

    @Test func deleteConfirmationListsWhatHappensNext() throws {
        let html = ConfirmDeleteView.render(F.deleteTeam, shell: Fixture.shell("Delete team", current: "teams"))
        try assertSnapshot(html, named: "confirm", suite: "ConfirmDeleteView")
    }

    @Test func blockedDeletionExplainsWhyAndOffersOnlyAWayBack() throws {
        let html = ConfirmDeleteView.render(F.deleteBlockedTeam, shell: Fixture.shell("Delete team", current: "teams"))
        #expect(!html.contains("Never shown while blocked."))
        try assertSnapshot(html, named: "blocked", suite: "ConfirmDeleteView")
    }

    // MARK: Messages and errors

    @Test func messagePageSaysWhatHappenedAndHowToGoOn() throws {
        let html = ErrorPageView.renderMessage(
            title: "Password changed",
            message: "Your new password works from now on; other sessions were signed out. " + Fixture.markup,
            shell: PageShell(title: "Password changed", account: Fixture.account))
        try assertSnapshot(html, named: "message", suite: "ErrorPageView")
    }

    @Test func notFoundPageOutsideAnOrganization() throws {
        let html = ErrorPageView.render(status: 404, title: "Page not found",
                                        message: "There is no page at /orgs/riverbend-water/" + Fixture.markup + ".",
                                        requestID: "4F6C2A9E-1B7D-4E0A-9C3B-8D2E5F7A1C04")
        try assertSnapshot(html, named: "not-found", suite: "ErrorPageView")
    }

    @Test func forbiddenPageKeepsTheOrganizationNavigation() throws {
        let html = ErrorPageView.render(status: 403, title: "Not allowed",
                                        message: "As a viewer you may read the team “Billing " + Fixture.markup + "” but not change it.",
                                        organization: Fixture.organization(current: "teams", canSeeAudit: false, unreadInbox: 0))
        try assertSnapshot(html, named: "forbidden", suite: "ErrorPageView")
    }

    // MARK: PageShell

    @Test func bareShellHasNoNavigationOrAccount() throws {
        let html = PageShell(title: "Set up Align").render([pageHeading("Set up Align", lead: "Create the first administrator.")])
        try assertSnapshot(html, named: "bare", suite: "PageShell")
    }

    @Test func signedInShellWithoutAnOrganizationShowsOnlyTheAccount() throws {
        let html = PageShell(title: "Organizations", account: Fixture.account, notice: "Signed in.")
            .render([pageHeading("Your organizations", actions: [buttonLink("New organization", to: Paths.newOrganization, primary: true)]),
                     recordTable(["Organization", "Role"], [[.link(Fixture.organizationName, url: Paths.organization(Fixture.slug)), .text("Administrator")],
                                                          [.link("Harbour Gas " + Fixture.markup, url: Paths.organization("harbour-gas")), .text("Viewer")]])])
        try assertSnapshot(html, named: "account-only", suite: "PageShell")
    }

    @Test func memberShellHidesAuditAndShowsAPlainInbox() throws {
        let shell = PageShell(title: "Journeys " + Fixture.markup,
                              organization: Fixture.organization(current: "journeys", canSeeAudit: false, unreadInbox: 0),
                              account: AccountNav(name: "Tom O'Neill " + Fixture.markup), notice: "Saved “" + Fixture.markup + "”.")
        let html = shell.render([pageHeading("Journeys"), pageLinks(base: Paths.list(Fixture.slug, .journeys), page: 2, pageCount: 3)])
        try assertSnapshot(html, named: "member", suite: "PageShell")
    }

    @Test func refreshingShellReloadsWithoutScript() throws {
        var shell = Fixture.shell("Import", current: "feedback", notice: "The import started.")
        shell.refreshSeconds = 5
        let html = shell.render([pageHeading("Import of “nps-march-2026.csv”"),
                                 postButton("Cancel the import", to: Paths.page(Fixture.slug, .imports) + "/cancel",
                                            fields: ["return_to": "/x?a=1&b=2"], danger: true, accessibleLabel: "Cancel " + Fixture.markup)])
        try assertSnapshot(html, named: "refreshing", suite: "PageShell")
    }

    // MARK: CSV and CSS

    @Test func csvExportNeutralisesFormulasAndQuotesFields() throws {
        let csv = CSVExport.render(columns: F.exportColumns, rows: F.exportRows)
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.hasSuffix("\r\n"))
        try assertSnapshot(csv, named: "feedback", suite: "CSVExport", as: .csv)
    }

    @Test func stylesheetIsOneFile() throws {
        try assertSnapshot(Stylesheet.css, named: "align", suite: "Stylesheet", as: .css)
    }
}

import Domain
import Foundation
import Testing
import Web

@Suite struct InitiativePageTests {
    typealias F = Fixture.Initiatives

    static func shell(_ title: String, notice: String? = nil) -> PageShell { Fixture.shell(title, current: "initiatives", notice: notice) }

    // MARK: Board

    @Test func boardByStatusFlagsOverdueWorkNeedsAndChangeFatigue() throws {
        let html = InitiativeBoard.render(F.boardByStatus, shell: Self.shell("Initiative board"))
        try assertSnapshot(html, named: "by-status", suite: "InitiativeBoard")
    }

    @Test func boardByOwnerTeamForSomeoneWhoCannotCreate() throws {
        let html = InitiativeBoard.render(F.boardByTeam, shell: Self.shell("Initiative board"))
        try assertSnapshot(html, named: "by-team", suite: "InitiativeBoard")
    }

    @Test func emptyBoardSaysWhatToDoFirst() throws {
        let html = InitiativeBoard.render(F.emptyBoard, shell: Self.shell("Initiative board", notice: "Deleted “" + Fixture.markup + "”."))
        try assertSnapshot(html, named: "empty", suite: "InitiativeBoard")
    }

    // MARK: One initiative

    @Test func initiativeInProgressOffersItsMovesAndWarnsOfOpenNeeds() throws {
        let html = InitiativePage.render(F.inProgress, shell: Self.shell("Initiative"))
        try assertSnapshot(html, named: "in-progress", suite: "InitiativePage")
    }

    @Test func refusedMoveShowsTheErrorAndKeepsTheReason() throws {
        let html = InitiativePage.render(F.inProgress, shell: Self.shell("Initiative"), errors: [
            FieldError(field: "reason", message: "2 capability needs are still open. Finish them first, or write why the initiative is done without them."),
        ], reason: "Night rota starts Monday " + Fixture.markup)
        try assertSnapshot(html, named: "errors", suite: "InitiativePage")
    }

    @Test func verifiedInitiativeShowsWhetherCustomersFeltItAndWhoToTell() throws {
        let html = InitiativePage.render(F.verified, shell: Self.shell("Initiative", notice: "Marked verified."))
        try assertSnapshot(html, named: "verified", suite: "InitiativePage")
    }

    @Test func readOnlyProposedInitiativeWithNothingPlanned() throws {
        let html = InitiativePage.render(F.readOnlyProposed, shell: Self.shell("Initiative"))
        try assertSnapshot(html, named: "read-only-empty", suite: "InitiativePage")
    }

    // MARK: My initiatives

    @Test func myInitiativesListsWhatIOwnAndWhatMyTeamsMustLearn() throws {
        let html = MyInitiativesPage.render(F.mine, shell: Self.shell("My initiatives"))
        try assertSnapshot(html, named: "full", suite: "MyInitiativesPage")
    }

    @Test func teamLeadWithNothingOwnedSeesTheTeamsNamed() throws {
        let html = MyInitiativesPage.render(F.teamLead, shell: Self.shell("My initiatives"))
        try assertSnapshot(html, named: "team-lead-empty", suite: "MyInitiativesPage")
    }

    @Test func accountMatchingNobodyIsToldWhy() throws {
        let html = MyInitiativesPage.render(F.nobody, shell: Self.shell("My initiatives"))
        try assertSnapshot(html, named: "nobody", suite: "MyInitiativesPage")
    }
}

import Domain
import Foundation
import Testing
import Web

@Suite struct AccountPageTests {
    typealias F = Fixture.Accounts

    @Test func membersPageShowsTheNewInvitationLinkOnce() throws {
        let html = MembersView.render(MembersModel(slug: Fixture.slug, members: F.members, invitations: F.invitations, inviteForm: F.inviteForm(),
                                      newLink: F.invitationLink), shell: Fixture.shell("Members", current: "", notice: "Invitation created."))
        try assertSnapshot(html, named: "full", suite: "MembersView")
    }

    @Test func membersPageWithNoInvitationAndAFailedInvite() throws {
        let form = F.inviteForm(values: FormInput(single: ["email": "not an email " + Fixture.markup, "role": "team-lead"]),
                                errors: [FieldError(field: "email", message: "Email must look like name@example.org."),
                                         FieldError(field: "team_ids", message: "A team lead leads at least one team.")])
        let html = MembersView.render(MembersModel(slug: Fixture.slug, members: Array(F.members.prefix(1)), invitations: [], inviteForm: form,
                                      newLink: nil), shell: Fixture.shell("Members", current: ""))
        try assertSnapshot(html, named: "no-invitations-errors", suite: "MembersView")
    }

    @Test func tokensPageShowsTheNewSecretOnceAndEachTokenState() throws {
        let html = TokensView.render(TokensModel(slug: Fixture.slug, organizationName: Fixture.organizationName, tokens: F.tokens, newSecret: F.newSecret,
                                     errors: []), shell: Fixture.shell("API tokens", current: ""))
        try assertSnapshot(html, named: "full", suite: "TokensView")
    }

    @Test func noTokensYetAndANamelessAttempt() throws {
        let html = TokensView.render(TokensModel(slug: Fixture.slug, organizationName: "Riverbend Water " + Fixture.markup, tokens: [], newSecret: nil,
                                     errors: ["Token name is required."]), shell: Fixture.shell("API tokens", current: ""))
        try assertSnapshot(html, named: "empty-errors", suite: "TokensView")
    }

    static func invitation(_ visitor: InvitationModel.Visitor) -> InvitationModel {
        InvitationModel(organizationName: "Riverbend Water " + Fixture.markup, role: .teamLead, email: "toni@riverbendwater.example",
                        path: "/invitations/" + String(repeating: "ab", count: 32), visitor: visitor)
    }

    @Test func invitationForTheSignedInPersonJoinsWithOneButton() throws {
        try assertSnapshot(InvitationPage.render(Self.invitation(.signedIn(name: "Toni Lead"))), named: "signed-in", suite: "InvitationPage")
    }

    @Test func invitationForSomeoneWithAnAccountAsksThemToSignInFirst() throws {
        try assertSnapshot(InvitationPage.render(Self.invitation(.hasAccount)), named: "has-account", suite: "InvitationPage")
    }

    @Test func invitationForSomeoneNewOffersTheAccountFormWithItsErrors() throws {
        let visitor = InvitationModel.Visitor.newAccount(values: FormInput(single: ["user_name": "Toni " + Fixture.markup]),
                                                         errors: [FieldError(field: "password", message: "Password must be at least 10 characters.")])
        try assertSnapshot(InvitationPage.render(Self.invitation(visitor)), named: "new-account", suite: "InvitationPage")
    }
}

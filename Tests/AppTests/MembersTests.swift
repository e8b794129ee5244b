@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct MembersTests {
    static func inviteLink(_ t: TestApp, email: String, role: String = "member", teams: [String] = []) async throws -> String {
        let response = try await t.send(.POST, "/orgs/acme/members/invite",
                                        form: [("email", email), ("role", role)] + teams.map { ("team_ids", $0) })
        #expect(response.status == .ok, "\(response.body.string.prefix(300))")
        let html = response.body.string
        let start = try #require(html.range(of: "<code class=\"secret\">"))
        let link = String(html[start.upperBound...].prefix { $0 != "<" })
        #expect(link.hasPrefix("http://"), "the invitation link is not a full address: \(link)")
        return try #require(URLComponents(string: link)?.path)
    }

    @Test func anInvitedPersonCreatesAnAccountAndJoinsOnce() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let link = try await Self.inviteLink(t, email: "new.person@example.org")
            #expect(link.hasPrefix("/invitations/"))
            let (cookie, csrf) = try await t.anonymousSession(from: link)
            let mismatch = try await t.raw(.POST, link, form: [("user_name", "New Person"), ("password", "long enough pw"),
                                                               ("password_confirmation", "different pw!"), ("_csrf", csrf)], headers: ["Cookie": cookie])
            #expect(mismatch.status == .unprocessableEntity)
            #expect(mismatch.body.string.contains("The two passwords do not match."))
            let joined = try await t.raw(.POST, link, form: [("user_name", "New Person"), ("password", "long enough pw"),
                                                             ("password_confirmation", "long enough pw"), ("_csrf", csrf)], headers: ["Cookie": cookie])
            #expect(joined.status == .seeOther)
            #expect(joined.headers.first(name: .location) == "/orgs/acme?notice=created")
            let session = try #require(TestApp.sessionCookie(joined))
            #expect(try await t.raw(.GET, "/orgs/acme", headers: ["Cookie": session]).status == .ok)
            let user = try #require(try await Accounts.user(email: "new.person@example.org", on: t.app.db))
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db))
            #expect(try await Accounts.membership(userID: user.id!, organizationID: org.id!, on: t.app.db)?.access.role == .member)
            #expect(try await t.raw(.GET, link).status == .notFound)
            let audit = try await t.send(.GET, "/orgs/acme/audit?kind=members")
            #expect(audit.body.string.contains("New Person"))
        }
    }

    @Test func invitationsAreValidatedAndExpire() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let bad = try await t.send(.POST, "/orgs/acme/members/invite", form: [("email", "nope"), ("role", "team-lead")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Email must look like name@example.org."))
            #expect(bad.body.string.contains("Choose at least one team for a team lead."))
            let link = try await Self.inviteLink(t, email: "late@example.org")
            let invitation = try #require(try await InvitationRecord.query(on: t.app.db).filter(\.$email == "late@example.org").first())
            invitation.expiresAt = Date().addingTimeInterval(-60)
            try await invitation.save(on: t.app.db)
            let expired = try await t.raw(.GET, link)
            #expect(expired.status == .notFound)
            #expect(expired.body.string.contains("has expired"))
            #expect(try await t.raw(.GET, "/invitations/" + String(repeating: "a", count: 64)).status == .notFound)
        }
    }

    @Test func anExistingAccountAcceptsWhenSignedInAsTheInvitedPerson() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let lead = try await t.user("lead@example.org")
            let other = try await t.user("other@example.org")
            let link = try await Self.inviteLink(t, email: "lead@example.org", role: "team-lead", teams: [seed.team])
            #expect(try await t.send(.POST, link, as: .some(other)).status == .forbidden)
            #expect(try await t.send(.POST, link, as: .some(lead)).status == .seeOther)
            let patched = try await t.send(.PATCH, "/api/v1/organizations/acme/touchpoints/\(seed.touchpoint)",
                                           json: #"{"name":"Fault line"}"#, as: .some(lead))
            #expect(patched.status == .ok)
        }
    }

    @Test func rolesChangeAndRemovedMembersLoseAccessButTheLastAdministratorStays() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let acmeID = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
            let me = try #require(try await Members.all(organizationID: acmeID, on: t.app.db).first)
            let demote = try await t.send(.POST, "/orgs/acme/members/\(me.membershipID)/edit", form: [("role", "viewer")])
            #expect(demote.status == .unprocessableEntity)
            #expect(demote.body.string.contains("is the only administrator"))
            #expect(try await t.send(.POST, "/orgs/acme/members/\(me.membershipID)/delete").status == .conflict)

            let ada = try await t.user("ada@example.org")
            try await t.join("acme", ada, Access(role: .viewer))
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/teams", as: .some(ada)).status == .ok)
            let members = try await Members.all(organizationID: acmeID, on: t.app.db)
            let adaMembership = try #require(members.first { $0.email == "ada@example.org" })
            #expect(try await t.send(.POST, "/orgs/acme/members/\(adaMembership.membershipID)/edit", form: [("role", "cx-lead")]).status == .seeOther)
            #expect(try await t.send(.POST, "/api/v1/organizations/acme/goals", json: #"{"title":"Grow"}"#, as: .some(ada)).status == .created)
            #expect(try await t.send(.POST, "/orgs/acme/members/\(adaMembership.membershipID)/delete").status == .seeOther)
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/teams", as: .some(ada)).status == .unauthorized)
            #expect(try await t.send(.GET, "/orgs/acme", as: .some(ada)).status == .notFound)
        }
    }
}

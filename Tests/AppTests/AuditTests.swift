@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

@Suite struct AuditTests {
    @Test func everyCreateChangeAndDeleteIsLoggedWithItsFields() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let goal = try await t.create("acme", "goals", #"{"title":"Fix it first time","measure":"FCR"}"#)
            _ = try await t.send(.PATCH, "/api/v1/organizations/acme/goals/\(goal)", json: #"{"measure":"First-contact resolution"}"#)
            _ = try await t.send(.POST, "/orgs/acme/goals/\(goal)/delete")
            _ = try await t.send(.PATCH, "/api/v1/organizations/acme", json: #"{"purpose":"Keep the lights on"}"#)
            let page = try await t.send(.GET, "/orgs/acme/audit?kind=goals")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("3 in all"))
            for words in ["Created", "Changed", "Deleted", "measure: “FCR” → “First-contact resolution”", "tester"] {
                #expect(html.contains(words), "audit page lacks \(words)")
            }
            let organization = try await t.send(.GET, "/orgs/acme/audit?kind=organization")
            #expect(organization.body.string.contains("purpose: — → “Keep the lights on”"))
            let all = try await t.send(.GET, "/orgs/acme/audit")
            #expect(all.body.string.contains("Page 1 of"))
            let csv = try await t.send(.GET, "/orgs/acme/audit/export.csv?kind=goals")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.split(separator: "\r\n").count == 4)
        }
    }

    @Test func theLogFiltersByPersonAndPeriodAndIsForAdministratorsOnly() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let lead = try await t.user("cx@example.org")
            try await t.join("acme", lead, Access(role: .cxLead))
            _ = try await t.create("acme", "customers", #"{"account_name":"Bakery","value_tier":"low"}"#, as: .some(lead))
            let byLead = try await t.send(.GET, "/orgs/acme/audit?user_id=\(lead.userID.uuidString)&period=1")
            #expect(byLead.body.string.contains("1 in all"))
            #expect(byLead.body.string.contains("Bakery"))
            let byMe = try await t.send(.GET, "/orgs/acme/audit?user_id=\(t.me.userID.uuidString)&kind=customers")
            #expect(byMe.body.string.contains("Nothing matches these filters."))
            #expect(try await t.send(.GET, "/orgs/acme/audit", as: .some(lead)).status == .forbidden)
            #expect(try await t.send(.GET, "/orgs/acme/audit/export.csv", as: .some(lead)).status == .forbidden)
        }
    }

    @Test func movesTokensAndInvitationsAreLoggedToo() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let second = try await t.create("acme", "stages", #"{"journey_id":"\#(seed.journey)","name":"Repair"}"#)
            _ = try await t.send(.POST, "/api/v1/organizations/acme/stages/\(second)/move", json: #"{"direction":"up"}"#)
            _ = try await t.send(.POST, "/orgs/acme/tokens", form: [("name", "Nightly export")])
            _ = try await t.send(.POST, "/orgs/acme/members/invite", form: [("email", "x@example.org"), ("role", "viewer")])
            let stages = try await t.send(.GET, "/orgs/acme/audit?kind=stages").body.string
            #expect(stages.contains("position: “2” → “1”"))
            #expect(try await t.send(.GET, "/orgs/acme/audit?kind=tokens").body.string.contains("Nightly export"))
            #expect(try await t.send(.GET, "/orgs/acme/audit?kind=invitations").body.string.contains("x@example.org"))
        }
    }
}

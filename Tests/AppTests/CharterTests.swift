@testable import App
import Domain
import Foundation
import Testing

/// A team's charter: every change to its commitments or review date is a version; its lead approves the
/// version they read, and a later change asks for approval again.
@Suite struct CharterTests {
    @Test func changesAreVersionsAndTheLeadApprovesTheOneTheyRead() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            let lead = try await t.user("lead@example.org")
            try await t.join(seed.slug, lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: seed.team)!]))
            let commitment = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We call back","goal_ids":["\#(goal)"]}"#)
            let base = "/api/v1/organizations/\(seed.slug)/teams/\(seed.team)/charter"
            let reviewed = try await t.send(.POST, base + "/review", json: #"{"review_on":"2027-03-01"}"#).body.string
            #expect(reviewed.contains(#""version":2"#) && reviewed.contains(#""review_on":"2027-03-01""#) && reviewed.contains(#""approved":false"#), "\(reviewed)")
            let stale = try await t.send(.POST, base + "/approve", json: #"{"version":1}"#, as: .some(lead))
            #expect(stale.status == .conflict, "\(stale.body.string)")
            let approved = try await t.send(.POST, base + "/approve", json: #"{"version":2}"#, as: .some(lead)).body.string
            #expect(approved.contains(#""approved":true"#) && approved.contains(#""version":2"#), "\(approved)")
            _ = try await t.send(.DELETE, "/api/v1/organizations/\(seed.slug)/commitments/\(commitment)")
            let after = try await t.send(.GET, base).body.string
            #expect(after.contains(#""version":3"#) && after.contains(#""approved":false"#) && after.contains("Removed “We call back”"), "\(after)")
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/teams/\(seed.team)/charter").body.string
            #expect(page.contains("Changed since") && page.contains("Review date set to 2027-03-01") && page.contains("Added “We call back”"), "\(page)")
        }
    }

    @Test func onlyTheTeamsLeadOrAnAdministratorApproves() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            _ = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We call back","goal_ids":["\#(goal)"]}"#)
            let cxLead = try await t.user("cx@example.org")
            try await t.join(seed.slug, cxLead, Access(role: .cxLead))
            let base = "/api/v1/organizations/\(seed.slug)/teams/\(seed.team)/charter"
            #expect(try await t.send(.POST, base + "/approve", json: #"{"version":1}"#, as: .some(cxLead)).status == .forbidden)
            let bad = try await t.send(.POST, base + "/review", json: #"{"review_on":"2027-02-30"}"#)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("review_on"))
            #expect(try await t.send(.POST, base + "/approve", json: #"{"version":1}"#).status == .ok)
            let form = try await t.send(.POST, "/orgs/\(seed.slug)/teams/\(seed.team)/charter/review", form: [("review_on", "")])
            #expect(form.status == .seeOther)
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/teams/\(seed.team)/charter").body.string
            #expect(page.contains("No review date set.") && page.contains("Review date cleared"))
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/teams/\(UUID().uuidString)/charter").status == .notFound)
        }
    }
}

@testable import App
import Domain
import Foundation
import Testing

/// Charter commitments: what a team will do for named goals, on what customers meet; their team's lead may change them.
@Suite struct CommitmentTests {
    @Test func aCommitmentServesGoalsOnTouchpointsAndListsWhatItReaches() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            let noGoal = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/commitments", json: #"{"team_id":"\#(seed.team)","text":"We call back"}"#)
            #expect(noGoal.status == .unprocessableEntity && noGoal.body.string.contains("Choose at least one goal it serves."), "\(noGoal.body.string)")
            let reaching = try await t.create(seed.slug, "commitments",
                #"{"team_id":"\#(seed.team)","text":"We call back within the slot we offered","goal_ids":["\#(goal)"],"touchpoint_ids":["\#(seed.touchpoint)"],"measure":"Callbacks in the slot"}"#)
            _ = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We tidy the shared drive","goal_ids":["\#(goal)"]}"#)
            let read = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/commitments/\(reaching)").body.string
            #expect(read.lowercased().contains(goal.lowercased()) && read.lowercased().contains(seed.touchpoint.lowercased()) && read.contains("Callbacks in the slot"))
            let list = try await t.send(.GET, "/orgs/\(seed.slug)/commitments").body.string
            #expect(list.contains("Fix it first time") && list.contains("1 touchpoint, handoffs or processes") && list.contains("nothing a customer meets"))
            let byGoal = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/commitments?goal_id=\(goal)").body.string
            #expect(byGoal.contains(#""total":2"#), "\(byGoal)")
        }
    }

    @Test func aDeletedGoalOrTouchpointLeavesTheCommitmentWithoutIt() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let keep = try await t.create(seed.slug, "goals", #"{"title":"Keep"}"#)
            let gone = try await t.create(seed.slug, "goals", #"{"title":"Gone"}"#)
            let id = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We call back","goal_ids":["\#(keep)","\#(gone)"]}"#)
            #expect(try await t.send(.DELETE, "/api/v1/organizations/\(seed.slug)/goals/\(gone)").status == .noContent)
            let read = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/commitments/\(id)").body.string.lowercased()
            #expect(read.contains(keep.lowercased()) && !read.contains(gone.lowercased()), "\(read)")
        }
    }

    @Test func aTeamLeadChangesTheirTeamsCommitmentsOnly() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Keep"}"#)
            let other = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let lead = try await t.user("lead@example.org")
            try await t.join(seed.slug, lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: seed.team)!]))
            let mine = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/commitments",
                                        json: #"{"team_id":"\#(seed.team)","text":"We call back","goal_ids":["\#(goal)"]}"#, as: .some(lead))
            #expect(mine.status == .created, "\(mine.body.string)")
            let theirs = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/commitments",
                                          json: #"{"team_id":"\#(other)","text":"We bill right","goal_ids":["\#(goal)"]}"#, as: .some(lead))
            #expect(theirs.status == .forbidden, "\(theirs.body.string)")
        }
    }
}

extension CommitmentTests {
    @Test func theGapsPageAndAPIListWhatTheChartersLeaveOut() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let served = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            _ = try await t.create(seed.slug, "goals", #"{"title":"Bills understood"}"#)
            let other = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let inward = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We tidy the shared drive","goal_ids":["\#(served)"]}"#)
            let api = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/commitments/gaps").body.string
            #expect(api.contains(#""team_count":2"#) && api.contains("Billing") && api.contains("Bills understood") && !api.contains(#""name":"Fix it first time""#), "\(api)")
            #expect(api.lowercased().contains(inward.lowercased()) && api.lowercased().contains(other.lowercased()))
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/commitments/gaps").body.string
            #expect(page.contains("1 of 2 teams have a charter") && page.contains("Teams with no charter (1)") && page.contains("We tidy the shared drive"))
            #expect(page.contains("/orgs/\(seed.slug)/commitments/new?team_id=\(other.uppercased())") || page.contains("team_id=\(other)"), "\(page)")
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/commitments").body.string.contains("/orgs/\(seed.slug)/commitments/gaps"))
        }
    }
}

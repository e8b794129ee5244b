@testable import App
import Domain
import Foundation
import Testing

/// The strategy wall and a charter's poster: the goals with the teams committed to each, and one poster per team.
@Suite struct StrategyWallTests {
    @Test func theWallListsEachGoalWithTheTeamsCommittedToIt() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let owner = try await t.create(seed.slug, "people", #"{"name":"Mei Chen","email":"mei@example.org","team_id":"\#(seed.team)"}"#)
            let served = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time","owner_person_id":"\#(owner)","horizon":"2027-06-30"}"#)
            _ = try await t.create(seed.slug, "goals", #"{"title":"Bills understood"}"#)
            _ = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We call back <b>on time</b>","goal_ids":["\#(served)"]}"#)
            let api = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/strategy").body.string
            #expect(api.contains(#""title":"Fix it first time""#) && api.contains(#""owner":"Mei Chen""#) && api.contains(#""horizon":"2027-06-30""#), "\(api)")
            #expect(api.contains(#""teams":[{"id":"\#(seed.team.lowercased())""#) || api.contains(#""teams":[{"id":"\#(seed.team)""#), "\(api)")
            #expect(api.contains(#""title":"Bills understood","measure":"","teams":[]"#) || api.contains(#""teams":[]"#), "\(api)")
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/strategy").body.string
            #expect(page.contains("No team has committed to it") && page.contains("Mei Chen") && page.contains("2027-06-30"), "\(page)")
            #expect(page.contains("We call back &lt;b&gt;on time&lt;/b&gt;") && page.contains("poster--wall"), "\(page)")
        }
    }

    @Test func aPosterIsLaidOutForTheChosenPaperAndRefusesOthers() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            _ = try await t.create(seed.slug, "commitments", #"{"team_id":"\#(seed.team)","text":"We call back","goal_ids":["\#(goal)"]}"#)
            let base = "/orgs/\(seed.slug)/teams/\(seed.team)/charter/poster"
            let a4 = try await t.send(.GET, base).body.string
            #expect(a4.contains("poster--a4") && a4.contains("We call back") && a4.contains("Serves: Fix it first time"), "\(a4)")
            #expect(try await t.send(.GET, base + "?size=a3").body.string.contains("poster--a3"))
            let wrong = try await t.send(.GET, base + "?size=letter")
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("a4 or a3"), "\(wrong.body.string)")
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/teams/\(UUID().uuidString)/charter/poster").status == .notFound)
        }
    }
}

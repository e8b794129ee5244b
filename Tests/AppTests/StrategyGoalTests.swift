@testable import App
import Domain
import Foundation
import Testing

/// Strategy goals have an owner, a horizon and the measures that show progress, through the API and the pages.
@Suite struct StrategyGoalTests {
    @Test func aGoalKeepsItsOwnerHorizonAndMeasures() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let owner = try await t.create(seed.slug, "people", #"{"name":"Dana Owner","team_id":"\#(seed.team)"}"#)
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time","owner_person_id":"\#(owner)","horizon":"2027-06-30","measure":"FCR 80%\nRepeat calls halved"}"#)
            let read = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/goals/\(goal)").body.string
            #expect(read.contains(#""owner_person_id":"\#(owner.uppercased())""#) || read.contains(#""owner_person_id":"\#(owner)""#), "\(read)")
            #expect(read.contains(#""horizon":"2027-06-30""#) && read.contains(#"FCR 80%\nRepeat calls halved"#), "\(read)")
            let list = try await t.send(.GET, "/orgs/\(seed.slug)/goals").body.string
            #expect(list.contains("Dana Owner") && list.contains("2027-06-30"))
            let form = try await t.send(.GET, "/orgs/\(seed.slug)/goals/new").body.string
            #expect(form.contains(#"name="owner_person_id""#) && form.contains(#"name="horizon""#) && form.contains("Dana Owner"))
        }
    }

    @Test func anOwnerFromNowhereOrAHorizonThatIsNoDayIsRefused() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let stranger = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/goals", json: #"{"title":"G","owner_person_id":"\#(UUID().uuidString)"}"#)
            #expect(stranger.status == .unprocessableEntity && stranger.body.string.contains("owner_person_id"), "\(stranger.body.string)")
            let badDay = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/goals", json: #"{"title":"G","horizon":"2027-02-30"}"#)
            #expect(badDay.status == .unprocessableEntity && badDay.body.string.contains("horizon"), "\(badDay.body.string)")
        }
    }

    @Test func deletingTheOwnerLeavesTheGoalWithoutOne() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let owner = try await t.create(seed.slug, "people", #"{"name":"Dana Owner"}"#)
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time","owner_person_id":"\#(owner)"}"#)
            let confirm = try await t.send(.GET, "/orgs/\(seed.slug)/people/\(owner)/delete").body.string
            #expect(confirm.contains("Strategy goals this person owns will have no owner."))
            #expect(try await t.send(.DELETE, "/api/v1/organizations/\(seed.slug)/people/\(owner)").status == .noContent)
            let read = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/goals/\(goal)").body.string
            #expect(!read.contains("owner_person_id\":\""), "\(read)")
        }
    }
}

@testable import App
import Domain
import Foundation
import Testing

/// Walking a journey: steps noted in the customer's order, friction hypotheses linked to the walk, two walks compared.
@Suite struct WalkTests {
    @Test func aWalkNotesStepsAndHypothesesAndComparesWithAnother() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let second = try await t.create(seed.slug, "touchpoints", #"{"stage_id":"\#(seed.stage)","name":"Visit window email","channel":"email","owning_team_id":"\#(seed.team)"}"#)
            let member = try await t.user("member@example.org")
            try await t.join(seed.slug, member, Access(role: .member))
            let base = "/api/v1/organizations/\(seed.slug)/walks"
            let first = try await t.create(seed.slug, "walks", #"{"journey_id":"\#(seed.journey)","date":"2026-10-06","mode":"internal-walk","participants":"Sofia, Liam"}"#, as: .some(member))
            let shopper = try await t.create(seed.slug, "walks", #"{"journey_id":"\#(seed.journey)","date":"2026-11-04","mode":"secret-shopper","channel":"phone","participants":"Agency"}"#)
            let step = try await t.send(.POST, "\(base)/\(first)/step", json: #"{"touchpoint_id":"\#(seed.touchpoint)","minutes":9,"worked":"Read back the reference"}"#, as: .some(member))
            #expect(step.status == .ok && step.body.string.contains(#""minutes":9"#), "\(step.body.string)")
            _ = try await t.send(.POST, "\(base)/\(first)/step", json: #"{"touchpoint_id":"\#(seed.touchpoint)","minutes":11}"#, as: .some(member))
            let found = try await t.send(.POST, "\(base)/\(first)/hypothesis", json: #"{"touchpoint_id":"\#(second)","kind":"wait","description":"Email came <late>","severity":3}"#, as: .some(member))
            #expect(found.status == .created && found.body.string.contains(#""source":"internal-walk""#) && found.body.string.contains(#""walk_id""#), "\(found.body.string)")
            _ = try await t.send(.POST, "\(base)/\(shopper)/hypothesis", json: #"{"touchpoint_id":"\#(second)","kind":"wait","description":"Late again","severity":4}"#)
            _ = try await t.send(.POST, "\(base)/\(shopper)/hypothesis", json: #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"findability","description":"Menu","severity":2}"#)
            let elsewhere = try await t.send(.POST, "\(base)/\(first)/step", json: #"{"touchpoint_id":"\#(UUID().uuidString)","minutes":1}"#)
            #expect(elsewhere.status == .notFound)
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/walks/\(first)").body.string
            #expect(page.contains("Took 11 minutes.") && page.contains("Wait: Email came &lt;late&gt;") && page.contains("unvalidated") && page.contains("Compare with"), "\(page)")
            let compared = try await t.send(.GET, "/orgs/\(seed.slug)/walks/\(first)/compare?with=\(shopper)").body.string
            #expect(compared.contains("Findability: Menu") && compared.contains(">Wait<"), "\(compared)")
            let list = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/frictions?walk_id=\(shopper)").body.string
            #expect(list.contains(#""total":2"#) && list.contains("secret-shopper"), "\(list)")
        }
    }

    @Test func walksOfDifferentJourneysDoNotCompareAndViewersNoteNothing() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let other = try await t.create(seed.slug, "journeys", #"{"name":"Move home"}"#)
            let first = try await t.create(seed.slug, "walks", #"{"journey_id":"\#(seed.journey)","date":"2026-10-06","mode":"internal-walk","participants":"Sofia"}"#)
            let elsewhere = try await t.create(seed.slug, "walks", #"{"journey_id":"\#(other)","date":"2026-10-07","mode":"internal-walk","participants":"Liam"}"#)
            let refused = try await t.send(.GET, "/orgs/\(seed.slug)/walks/\(first)/compare?with=\(elsewhere)")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Only walks of the same journey"))
            let shopper = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/walks", json: #"{"journey_id":"\#(seed.journey)","date":"2026-10-06","mode":"secret-shopper","participants":"Agency"}"#)
            #expect(shopper.status == .unprocessableEntity && shopper.body.string.contains("channel"))
            let viewer = try await t.user("viewer@example.org")
            try await t.join(seed.slug, viewer, Access(role: .viewer))
            let step = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/walks/\(first)/step", json: #"{"touchpoint_id":"\#(seed.touchpoint)","minutes":3}"#, as: .some(viewer))
            #expect(step.status == .forbidden)
        }
    }
}

/// A friction point naming a walk that is not here is refused by field, not stored.
@Suite struct FrictionWalkReferenceTests {
    @Test func anUnknownWalkIsRefused() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let response = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/frictions",
                json: #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"Slow","severity":2,"source":"customer","walk_id":"\#(UUID().uuidString)"}"#)
            #expect(response.status == .unprocessableEntity && response.body.string.contains("walk_id"), "\(response.body.string)")
        }
    }
}

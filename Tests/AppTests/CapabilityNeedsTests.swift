@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct CapabilityNeedsTests {
    /// A team's page lists what it must learn and by when; done needs and other teams' needs are not there.
    @Test func aTeamPageListsItsOpenCapabilityNeedsSoonestFirst() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let other = try await t.create("acme", "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let initiative = try await t.create("acme", "initiatives", #"{"title":"Callbacks in a slot","owner_team_id":"\#(seed.team)","due_date":"2027-01-31"}"#)
            for (description, team, due, status) in [("Book slots in the diary", seed.team, "2027-01-10", "open"),
                                                    ("Explain slots to callers", seed.team, "2026-12-20", "in-progress"),
                                                    ("Old script retired", seed.team, "2026-12-01", "done"),
                                                    ("Billing diary opened", other, "2026-12-05", "open")] {
                _ = try await t.create("acme", "capability-needs", """
                    {"initiative_id":"\(initiative)","kind":"training","description":"\(description)","team_id":"\(team)","due_date":"\(due)","status":"\(status)"}
                    """)
            }
            let page = try await t.send(.GET, "/orgs/acme/teams/\(seed.team)").body.string
            let section = try #require(page.components(separatedBy: "What it must learn, and by when").last)
            #expect(section.contains("Book slots in the diary") && section.contains("Explain slots to callers"))
            #expect(!section.contains("Old script retired") && !section.contains("Billing diary opened"))
            let first = try #require(section.range(of: "Explain slots to callers")), second = try #require(section.range(of: "Book slots in the diary"))
            #expect(first.lowerBound < second.lowerBound, "soonest due first")
            #expect(page.contains("Callbacks in a slot"), "the team's initiatives are listed")
        }
    }
}

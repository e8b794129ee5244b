@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// Headcount, leavers and escalations from CSV: a matching email updates, any problem refuses the whole file by line and column.
@Suite struct WorkforceImportTests {
    @Test func peopleAreAddedOrUpdatedByEmailAndABadFileStoresNothing() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create(seed.slug, "people", #"{"name":"Ada Lovelace","email":"ada@example.org","team_id":"\#(seed.team)","job_title":"Analyst"}"#)
            let base = "/api/v1/organizations/\(seed.slug)/people/import"
            let bad = "name,email,team,left_on,shoe_size\nBob,bob@example.org,Nowhere,2026-13-01,44\n,not-an-email,Contact Centre,,\n"
            let refused = try await t.upload(base, body: bad, contentType: "text/csv")
            let text = refused.body.string
            #expect(refused.status == .unprocessableEntity && text.contains("Line 1, column shoe_size") && text.contains("Line 2, column team: No team is named “Nowhere”")
                    && text.contains("Line 2, column left_on") && text.contains("Line 3, column name") && text.contains("Line 3, column email"), "\(text)")
            #expect(try await t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/people"))["total"] as? Int == 1)
            let good = "name,email,team,started_on,left_on\nAda Lovelace,ADA@example.org,Contact Centre,,2026-11-30\n  Bob  ,bob@example.org,Contact Centre,2024-02-01,\n"
            let checked = try await t.upload(base + "?check_only=true", body: good, contentType: "text/csv").body.string
            #expect(checked.contains(#""created":1"#) && checked.contains(#""updated":1"#) && checked.contains(#""checked_only":true"#), "\(checked)")
            #expect(try await t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/people"))["total"] as? Int == 1)
            let stored = try await t.upload(base, body: good, contentType: "text/csv").body.string
            #expect(stored.contains(#""created":1"#) && stored.contains(#""updated":1"#), "\(stored)")
            let people = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/people").body.string
            #expect(people.contains(#""left_on":"2026-11-30""#) && people.contains(#""job_title":"Analyst""#) && people.contains(#""name":"Bob""#), "\(people)")
            let again = try await t.upload(base, body: good, contentType: "text/csv").body.string
            #expect(again.contains(#""unchanged":2"#), "\(again)")
        }
    }

    @Test func escalationsNameTwoDifferentKnownTeams() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let base = "/api/v1/organizations/\(seed.slug)/escalations/import"
            let refused = try await t.upload(base, body: "date,from_team,to_team\n2026-11-02,Billing,Billing\n,Billing,Contact Centre\n", contentType: "text/csv")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Line 2, column to_team") && refused.body.string.contains("Line 3, column date"))
            let stored = try await t.upload(base, body: "date,from_team,to_team,reason\n2026-11-02,Billing,Contact Centre,\"Bills, again\"\n", contentType: "text/csv")
            #expect(stored.body.string.contains(#""created":1"#))
            #expect(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/escalations").body.string.contains("Bills, again"))
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/escalations/import").body.string
            #expect(page.contains("multipart/form-data") && page.contains("date, from_team, to_team, reason"))
        }
    }
}

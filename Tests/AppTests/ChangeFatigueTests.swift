@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct ChangeFatigueTests {
    /// More changes than the organization's limit on one touchpoint within its window: the API, the board and the
    /// next initiative about to be done all say so.
    @Test func changeFatigueIsWarnedOfOnceTheLimitIsPassed() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let base = "/api/v1/organizations/acme"
            #expect(try await t.send(.PUT, "\(base)/nurture/settings", json: #"{"check_in_months":"3","reminder_days_before":2,"fatigue_limit":1,"fatigue_window_days":30}"#).status == .ok)
            let process = try await t.create("acme", "processes",
                #"{"kind":"process","name":"Fault triage","owner_team_id":"\#(seed.team)","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
            func initiative(_ title: String, done: Bool) async throws -> String {
                let id = try await t.create("acme", "initiatives", #"{"title":"\#(title)","owner_team_id":"\#(seed.team)","due_date":"2027-06-30"}"#)
                _ = try await t.create("acme", "initiative-changes", #"{"initiative_id":"\#(id)","process_id":"\#(process)","tomorrow":"\#(title) from now on"}"#)
                for status in ["approved", "in-progress"] + (done ? ["done"] : []) {
                    #expect(try await t.send(.POST, "\(base)/initiatives/\(id)/status", json: #"{"status":"\#(status)"}"#).status == .ok)
                }
                return id
            }
            _ = try await initiative("One queue", done: true)
            #expect(try await t.send(.GET, "\(base)/initiatives/fatigue").body.string == "[]", "one change is within the limit")
            let next = try await initiative("Call back within a day", done: false)
            let page = try await t.send(.GET, "/orgs/acme/initiatives/\(next)").body.string
            #expect(page.contains("Change fatigue") && page.contains("2 process changes since"), "the initiative about to be done warns")
            #expect(try await t.send(.POST, "\(base)/initiatives/\(next)/status", json: #"{"status":"done"}"#).status == .ok)
            let warnings = try #require(try JSONSerialization.jsonObject(with: Data(try await t.send(.GET, "\(base)/initiatives/fatigue").body.string.utf8)) as? [[String: Any]])
            #expect(warnings.count == 1)
            #expect(warnings.first?["touchpoint_id"] as? String == seed.touchpoint && warnings.first?["count"] as? Int == 2)
            #expect((warnings.first?["change_ids"] as? [String])?.count == 2)
            #expect(try await t.send(.GET, "/orgs/acme/initiatives/board").body.string.contains("limit is 1 in 30 days"))
        }
    }
}

@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct GrowTests {
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

    /// Unread reminders show in every page's header until read.
    @Test func theHeaderCountsUnreadReminders() async throws {
        try await TestApp.run { t in
            _ = try await JobTests.prepare(t, checkIns: 2, webhook: nil)
            #expect(try await t.send(.GET, "/orgs/acme").body.string.contains(">Inbox<"))
            _ = try await JobRunner(app: t.app, worker: "test").runOnce()
            #expect(try await t.send(.GET, "/orgs/acme").body.string.contains("Inbox (2 new)"))
            #expect(try await t.send(.POST, "/orgs/acme/inbox/read-all", form: []).status == .seeOther)
            #expect(try await t.send(.GET, "/orgs/acme").body.string.contains(">Inbox<"))
        }
    }

    /// The Nurture views page through long lists, 50 check-ins a page.
    @Test func nurtureViewsArePaged() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
            let customer = try await RecordStore<CustomerRecord>(db: t.app.db, organizationID: org).create(Customer(accountName: "Bakery"))
            let store = RecordStore<CheckInRecord>(db: t.app.db, organizationID: org)
            for day in 1...55 { _ = try await store.create(CheckIn(customerID: customer.id, dueDate: .today.adding(days: -day))) }
            let first = try await t.send(.GET, "/orgs/acme/nurture?view=overdue").body.string
            #expect(first.contains("Overdue (55)") && first.contains("Page 1 of 2"))
            #expect(first.components(separatedBy: "<tr>").count - 2 == 50)
            let second = try await t.send(.GET, "/orgs/acme/nurture?view=overdue&page=2").body.string
            #expect(second.contains("Page 2 of 2") && second.components(separatedBy: "<tr>").count - 2 == 5)
        }
    }

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

@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// Integrate and Grow through HTTP: an initiative from a confirmed friction to verified, the changes it
/// applies, the notes it queues for customers, the board and "my initiatives".
@Suite struct InitiativeFlowTests {
    static let api = "/api/v1/organizations/acme"

    /// The fields a 422 problem names, in order.
    static func errorFields(_ response: TestingHTTPResponse) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any],
              let errors = object["errors"] as? [[String: Any]] else { return [] }
        return errors.compactMap { $0["field"] as? String }
    }

    static func array(_ response: TestingHTTPResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [[String: Any]])
    }

    static func move(_ t: TestApp, _ initiative: String, to status: String, reason: String? = nil,
                     as who: Identity?? = .none) async throws -> TestingHTTPResponse {
        let body = reason.map { #"{"status":"\#(status)","reason":"\#($0)"}"# } ?? #"{"status":"\#(status)"}"#
        return try await t.send(.POST, "\(api)/initiatives/\(initiative)/status", json: body, as: who)
    }

    @Test func anInitiativeGoesFromAFrictionToVerifiedApplyingItsChangesOnce() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = Self.api
            let billing = try await t.create("acme", "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let bill = try await t.create("acme", "touchpoints",
                #"{"stage_id":"\#(seed.stage)","name":"Bill","channel":"mail","owning_team_id":"\#(billing)"}"#)
            let friction = try await t.create("acme", "frictions",
                #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"Callers wait 20 minutes at peak","severity":4,"source":"internal-walk"}"#)
            let process = try await t.create("acme", "processes",
                #"{"kind":"process","name":"Fault triage","owner_team_id":"\#(seed.team)","description":"Agents take every call in order"}"#)
            let handoff = try await t.create("acme", "handoffs",
                #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(bill)","accountable_team_id":"\#(seed.team)","information":"Fault number"}"#)
            let due = CalendarDate.today.adding(days: 30)
            let initiative = try await t.create("acme", "initiatives",
                #"{"title":"Shorter holds","owner_team_id":"\#(seed.team)","due_date":"\#(due)","friction_ids":["\#(friction)"]}"#)
            let tomorrow = "Urgent faults are called back within an hour"
            let processChange = try await t.create("acme", "initiative-changes",
                #"{"initiative_id":"\#(initiative)","process_id":"\#(process)","tomorrow":"\#(tomorrow)"}"#)
            let handoffChange = try await t.create("acme", "initiative-changes", #"""
                {"initiative_id":"\#(initiative)","handoff_id":"\#(handoff)","tomorrow":"Billing owns the fault letter",
                 "new_accountable_team_id":"\#(billing)"}
                """#)
            _ = try await t.create("acme", "capability-needs",
                #"{"initiative_id":"\#(initiative)","kind":"training","description":"Call-back scripts","team_id":"\#(seed.team)","due_date":"\#(due)"}"#)

            let skipped = try await Self.move(t, initiative, to: "done", reason: "In a hurry")
            #expect(skipped.status == .unprocessableEntity && Self.errorFields(skipped) == ["status"], "proposed cannot jump to done")
            #expect(try await Self.move(t, initiative, to: "approved").status == .ok)
            let started = try t.object(try await Self.move(t, initiative, to: "in-progress"))
            #expect((started["initiative"] as? [String: Any])?["status"] as? String == "in-progress")
            #expect(started["applied_changes"] as? Int == 0)

            let noReason = try await Self.move(t, initiative, to: "done")
            #expect(noReason.status == .unprocessableEntity)
            #expect(Self.errorFields(noReason) == ["reason"], "a capability need is still open")
            let untouched = try t.object(try await t.send(.GET, "\(api)/processes/\(process)"))
            #expect(untouched["description"] as? String == "Agents take every call in order", "a refused move changes nothing")

            let done = try await Self.move(t, initiative, to: "done", reason: "Scripts follow next month")
            #expect(done.status == .ok)
            let outcome = try t.object(done)
            #expect(outcome["applied_changes"] as? Int == 2)
            #expect(outcome["addressed_frictions"] as? Int == 1)
            #expect(outcome["queued_closing_notes"] as? Int == 0)
            let moved = try #require(outcome["initiative"] as? [String: Any])
            #expect(moved["status"] as? String == "done" && moved["done_on"] as? String == CalendarDate.today.description)

            let changedProcess = try t.object(try await t.send(.GET, "\(api)/processes/\(process)"))
            #expect(changedProcess["description"] as? String == tomorrow)
            let changedHandoff = try t.object(try await t.send(.GET, "\(api)/handoffs/\(handoff)"))
            #expect(changedHandoff["accountable_team_id"] as? String == billing)
            #expect(changedHandoff["information"] as? String == "Billing owns the fault letter")
            let handoffPage = try await t.send(.GET, "/orgs/acme/handoffs/\(handoff)").body.string
            let revisions = try #require(handoffPage.range(of: "Changed by initiatives").map { String(handoffPage[$0.upperBound...]) })
            #expect(revisions.contains("Accountable team") && revisions.contains(">Billing<") && revisions.contains(">Shorter holds<"),
                    "the revision names the teams and initiative it read for its own rows")
            let addressed = try t.object(try await t.send(.GET, "\(api)/frictions/\(friction)"))
            #expect(addressed["status"] as? String == "addressed")
            let applied = try t.object(try await t.send(.GET, "\(api)/initiative-changes/\(processChange)"))
            #expect(applied["applied_on"] as? String == CalendarDate.today.description)
            #expect(applied["today"] as? String == "Agents take every call in order", "the text before is kept on the change")

            // An applied change is history; a done initiative takes no new changes and stays.
            let edit = try await t.send(.PATCH, "\(api)/initiative-changes/\(processChange)", json: #"{"tomorrow":"Something else"}"#)
            #expect(edit.status == .unprocessableEntity && Self.errorFields(edit) == ["tomorrow"])
            #expect(try await t.send(.DELETE, "\(api)/initiative-changes/\(handoffChange)").status == .conflict)
            #expect(try await t.send(.GET, "\(api)/initiative-changes/\(handoffChange)").status == .ok)
            let late = try await t.send(.POST, "\(api)/initiative-changes",
                json: #"{"initiative_id":"\#(initiative)","process_id":"\#(process)","tomorrow":"Even faster"}"#)
            #expect(late.status == .unprocessableEntity && Self.errorFields(late) == ["initiative_id"])
            #expect(try await t.send(.DELETE, "\(api)/initiatives/\(initiative)").status == .conflict)
            #expect(try await Self.move(t, initiative, to: "in-progress").status == .unprocessableEntity, "there is no way back from done")

            let verified = try t.object(try await Self.move(t, initiative, to: "verified"))
            #expect((verified["initiative"] as? [String: Any])?["verified_on"] as? String == CalendarDate.today.description)
            #expect(verified["applied_changes"] as? Int == 0, "verifying does not apply anything again")
            let again = try await Self.move(t, initiative, to: "verified")
            #expect(again.status == .unprocessableEntity && Self.errorFields(again) == ["status"])
            #expect(try await Self.move(t, initiative, to: "done").status == .unprocessableEntity)

            let history = try Self.array(try await t.send(.GET, "\(api)/initiatives/\(initiative)/history"))
            let steps: [String] = history.map { entry in
                let from = entry["from"] as? String ?? "?", to = entry["to"] as? String ?? "?"
                return from + ">" + to
            }
            #expect(steps == ["proposed>approved", "approved>in-progress", "in-progress>done", "done>verified"], "refused moves leave no trace")
            #expect(history.first { $0["to"] as? String == "done" }?["note"] as? String == "Scripts follow next month")
            #expect(history.allSatisfy { !(($0["by"] as? String) ?? "").isEmpty })
            let page = try await t.send(.GET, "/orgs/acme/initiatives/\(initiative)").body.string
            #expect(page.contains("Scripts follow next month") && page.contains("Applied \(CalendarDate.today)"))
        }
    }

    @Test func verifyingQueuesANoteThatTheCustomersNextCheckInShares() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = Self.api
            let friction = try await t.create("acme", "frictions", #"""
                {"touchpoint_id":"\#(seed.touchpoint)","kind":"handoff","severity":4,"source":"internal-walk",
                 "description":"Caller is transferred twice before reaching someone who can log the fault"}
                """#)
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let conversation = try await t.create("acme", "conversations",
                #"{"customer_id":"\#(customer)","date":"\#(CalendarDate.today)","format":"coffee"}"#)
            _ = try await t.create("acme", "feedback", #"""
                {"conversation_id":"\#(conversation)","text":"I was transferred twice before anyone would log my fault.",
                 "kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}
                """#)
            let proposed = try t.object(try await t.send(.POST, "\(api)/friction-links/propose"))
            #expect(proposed["proposed"] as? Int == 1)
            let links = try t.object(try await t.send(.GET, "\(api)/friction-links?status=proposed"))
            let link = try #require((links["items"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await t.send(.PATCH, "\(api)/friction-links/\(link)", json: #"{"status":"confirmed"}"#).status == .ok)

            let process = try await t.create("acme", "processes", #"{"kind":"process","name":"Fault calls","owner_team_id":"\#(seed.team)"}"#)
            let title = "One owner for fault calls"
            let initiative = try await t.create("acme", "initiatives",
                #"{"title":"\#(title)","owner_team_id":"\#(seed.team)","due_date":"\#(CalendarDate.today.adding(days: 14))","friction_ids":["\#(friction)"]}"#)
            _ = try await t.create("acme", "initiative-changes",
                #"{"initiative_id":"\#(initiative)","process_id":"\#(process)","tomorrow":"The first agent keeps the call to the end"}"#)
            for status in ["approved", "in-progress", "done"] {
                #expect(try await Self.move(t, initiative, to: status).status == .ok, "moving to \(status)")
            }
            let verified = try t.object(try await Self.move(t, initiative, to: "verified"))
            #expect(verified["queued_closing_notes"] as? Int == 1, "the bakery's feedback was confirmed as this friction")

            let before = try await t.send(.GET, "/orgs/acme/initiatives/\(initiative)").body.string
            #expect(before.contains("Customers to tell what changed") && before.contains("Quayside Bakery"))
            #expect(before.contains("Waiting for their next check-in"))

            let checkIns = try t.object(try await t.send(.GET, "\(api)/check-ins?customer_id=\(customer)"))
            let ids = try #require(checkIns["items"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(ids.count == 2)
            let next = try #require(ids.first), later = try #require(ids.last)
            let checkInPage = try await t.send(.GET, "/orgs/acme/check-ins/\(next)").body.string
            let heading = try #require(checkInPage.range(of: "Tell them what changed"))
            #expect(checkInPage[heading.upperBound...].contains(title))
            #expect(checkInPage[heading.upperBound...].contains("The first agent keeps the call to the end"))

            let today = CalendarDate.today
            let recorded = try await t.send(.PATCH, "\(api)/check-ins/\(next)",
                json: #"{"status":"done","feeling":4,"comment":"Much quicker now","completed_on":"\#(today)"}"#)
            #expect(recorded.status == .ok)
            let after = try await t.send(.GET, "/orgs/acme/initiatives/\(initiative)").body.string
            #expect(after.contains("Told on \(today)") && !after.contains("Waiting for their next check-in"))
            let told = try await t.send(.GET, "/orgs/acme/check-ins/\(next)").body.string
            #expect(told.contains("What we told them had changed") && told.contains(title))
            let following = try await t.send(.GET, "/orgs/acme/check-ins/\(later)").body.string
            #expect(following.contains("Tell them what changed") && !following.contains(title), "a shared note is not told twice")
        }
    }

    @Test func theBoardGroupsCardsAndMyInitiativesFollowTheSignedInPerson() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = Self.api
            let billing = try await t.create("acme", "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let nobody = try await t.send(.GET, "/orgs/acme/initiatives/mine")
            #expect(nobody.status == .ok && nobody.body.string.contains("matches nobody on the People list"))

            let me = try await t.create("acme", "people", #"{"name":"Tess Tester","email":"\#(t.me.email)"}"#)
            let due = CalendarDate.today.adding(days: 20)
            _ = try await t.create("acme", "initiatives", #"{"title":"Shorter holds","owner_team_id":"\#(seed.team)","due_date":"\#(due)"}"#)
            let bills = try await t.create("acme", "initiatives",
                #"{"title":"Clearer bills","owner_team_id":"\#(billing)","owner_person_id":"\#(me)","due_date":"\#(due)"}"#)
            _ = try await t.create("acme", "initiatives",
                #"{"title":"Late letters","owner_team_id":"\#(billing)","due_date":"\#(CalendarDate.today.adding(days: -1))"}"#)
            #expect(try await Self.move(t, bills, to: "approved").status == .ok)

            let board = try t.object(try await t.send(.GET, "\(api)/initiatives/board"))
            #expect(Set(board.keys) == ["proposed", "approved", "in-progress", "done", "verified"])
            func cards(_ status: String) -> [[String: Any]] { board[status] as? [[String: Any]] ?? [] }
            #expect(cards("proposed").compactMap { $0["title"] as? String } == ["Late letters", "Shorter holds"], "soonest due first")
            #expect(cards("approved").compactMap { $0["title"] as? String } == ["Clearer bills"])
            #expect(cards("in-progress").isEmpty && cards("done").isEmpty && cards("verified").isEmpty)
            #expect(cards("proposed").first?["overdue"] as? Bool == true && cards("proposed").last?["overdue"] as? Bool == false)

            let byStatus = try await t.send(.GET, "/orgs/acme/initiatives/board").body.string
            #expect(byStatus.contains("Proposed (2)") && byStatus.contains("Approved (1)") && byStatus.contains("In progress (0)"))
            #expect(byStatus.contains("Clearer bills") && byStatus.contains("Overdue"))
            let byTeam = try await t.send(.GET, "/orgs/acme/initiatives/board?by=team").body.string
            #expect(byTeam.contains("Billing (2)") && byTeam.contains("Contact Centre (1)") && !byTeam.contains("Proposed (2)"))

            let mine = try await t.send(.GET, "/orgs/acme/initiatives/mine").body.string
            #expect(mine.contains("Initiatives owned by Tess Tester"))
            #expect(mine.contains("Clearer bills") && !mine.contains("Shorter holds") && !mine.contains("Late letters"))
        }
    }

    @Test func viewersCannotMoveAnInitiativeAndItsTitleIsEscaped() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = Self.api
            let initiative = try await t.create("acme", "initiatives",
                #"{"title":"Holds <script>alert(1)</script>","owner_team_id":"\#(seed.team)","due_date":"\#(CalendarDate.today.adding(days: 9))"}"#)
            let viewer = try await t.user("viewer@example.org")
            try await t.join("acme", viewer, Access(role: .viewer))
            #expect(try await Self.move(t, initiative, to: "approved", as: .some(viewer)).status == .forbidden)
            let page = try await t.send(.POST, "/orgs/acme/initiatives/\(initiative)/status", form: [("status", "approved")], as: .some(viewer))
            #expect(page.status == .forbidden)
            let stored = try t.object(try await t.send(.GET, "\(api)/initiatives/\(initiative)"))
            #expect(stored["status"] as? String == "proposed")
            let asViewer = try await t.send(.GET, "/orgs/acme/initiatives/\(initiative)", as: .some(viewer)).body.string
            #expect(asViewer.contains("you may read this initiative") && !asViewer.contains("Mark approved"))

            let html = try await t.send(.GET, "/orgs/acme/initiatives/\(initiative)").body.string
            #expect(html.contains("Holds &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains("Mark approved"))
            let board = try await t.send(.GET, "/orgs/acme/initiatives/board").body.string
            #expect(board.contains("Holds &lt;script&gt;") && !board.contains("<script>alert(1)"))
        }
    }
}

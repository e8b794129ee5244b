@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// Nurture through HTTP: check-ins scheduled after conversations at the organization's cadence,
/// follow-up notes drafted from what was heard, and the Nurture views.
@Suite struct NurtureTests {
    static let api = "/api/v1/organizations/acme"

    /// The fields a 422 problem names, in order.
    static func errorFields(_ response: TestingHTTPResponse) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any],
              let errors = object["errors"] as? [[String: Any]] else { return [] }
        return errors.compactMap { $0["field"] as? String }
    }

    /// A conversation's check-ins through the API, soonest due first. (The list API has no
    /// conversation_id filter, so they are picked out here.)
    static func checkIns(_ t: TestApp, conversation: String) async throws -> [[String: Any]] {
        let page = try t.object(try await t.send(.GET, "\(api)/check-ins?per=100"))
        return try #require(page["items"] as? [[String: Any]]).filter { $0["conversation_id"] as? String == conversation }
    }

    /// The text of a form's textarea, unescaped.
    static func textarea(_ name: String, in html: String) -> String? {
        guard let field = html.range(of: "<textarea"),
              let named = html[field.lowerBound...].range(of: "name=\"\(name)\""),
              let open = html[named.upperBound...].range(of: ">"),
              let close = html[open.upperBound...].range(of: "</textarea>") else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func conversationsScheduleCheckInsThatMoveWithTheirDateAtTheOrganizationsCadence() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let api = Self.api
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let ada = try await t.create("acme", "people", #"{"name":"Ada Listener"}"#)
            let bo = try await t.create("acme", "people", #"{"name":"Bo Second"}"#)
            let day = CalendarDate.today.adding(days: -3)
            let conversation = try await t.create("acme", "conversations",
                #"{"customer_id":"\#(customer)","date":"\#(day)","format":"lunch","attendee_ids":["\#(ada)","\#(bo)"]}"#)
            let first = try await Self.checkIns(t, conversation: conversation)
            #expect(first.map { $0["offset_months"] as? Int } == [3, 6])
            #expect(first.compactMap { $0["due_date"] as? String } == [day.adding(months: 3).description, day.adding(months: 6).description])
            #expect(first.allSatisfy { $0["assignee_id"] as? String == ada && $0["customer_id"] as? String == customer })
            #expect(first.allSatisfy { $0["status"] as? String == "scheduled" })

            // One is held early; moving the conversation moves only the one still scheduled.
            let held = try #require(first.first?["id"] as? String)
            let done = try await t.send(.PATCH, "\(api)/check-ins/\(held)",
                                        json: #"{"status":"done","feeling":4,"completed_on":"\#(CalendarDate.today)"}"#)
            #expect(done.status == .ok)
            let moved = day.adding(days: 7)
            #expect(try await t.send(.PATCH, "\(api)/conversations/\(conversation)", json: #"{"date":"\#(moved)"}"#).status == .ok)
            let after = try await Self.checkIns(t, conversation: conversation)
            #expect(after.count == 2, "moving the date adds none")
            let byOffset = Dictionary(after.map { ($0["offset_months"] as? Int ?? 0, $0) }, uniquingKeysWith: { a, _ in a })
            #expect(byOffset[3]?["due_date"] as? String == day.adding(months: 3).description, "a check-in already held stays where it was")
            #expect(byOffset[3]?["status"] as? String == "done")
            #expect(byOffset[6]?["due_date"] as? String == moved.adding(months: 6).description)

            let settings = #"{"check_in_months":"1, 2, 12","reminder_days_before":3,"fatigue_limit":2,"fatigue_window_days":60}"#
            let lead = try await t.user("cx@example.org")
            try await t.join("acme", lead, Access(role: .cxLead))
            #expect(try await t.send(.PUT, "\(api)/nurture/settings", json: settings, as: .some(lead)).status == .forbidden)
            let bad = try await t.send(.PUT, "\(api)/nurture/settings",
                json: #"{"check_in_months":"0, x","reminder_days_before":3,"fatigue_limit":2,"fatigue_window_days":60}"#)
            #expect(bad.status == .unprocessableEntity && Self.errorFields(bad) == ["check_in_months"])
            let unchanged = try t.object(try await t.send(.GET, "\(api)/nurture/settings"))
            #expect(unchanged["check_in_months"] as? [Int] == [3, 6])
            let saved = try await t.send(.PUT, "\(api)/nurture/settings", json: settings)
            #expect(saved.status == .ok)
            let shown = try t.object(try await t.send(.GET, "\(api)/nurture/settings"))
            #expect(shown["check_in_months"] as? [Int] == [1, 2, 12])
            #expect(shown["reminder_days_before"] as? Int == 3 && shown["fatigue_limit"] as? Int == 2 && shown["fatigue_window_days"] as? Int == 60)

            let today = CalendarDate.today
            let next = try await t.create("acme", "conversations",
                #"{"customer_id":"\#(customer)","date":"\#(today)","format":"call","attendee_ids":["\#(bo)"]}"#)
            let scheduled = try await Self.checkIns(t, conversation: next)
            #expect(scheduled.map { $0["offset_months"] as? Int } == [1, 2, 12])
            #expect(scheduled.compactMap { $0["due_date"] as? String } == [1, 2, 12].map { today.adding(months: $0).description })
            #expect(scheduled.allSatisfy { $0["assignee_id"] as? String == bo })
        }
    }

    /// The check-in form has no offset_months field: recording a check-in on its page must not make it
    /// forget which month of the schedule it is, or the next save of the conversation schedules that month again.
    @Test func aCheckInRecordedOnItsPageKeepsItsPlaceInTheSchedule() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let day = CalendarDate.today.adding(days: -3), today = CalendarDate.today
            let conversation = try await t.create("acme", "conversations", #"{"customer_id":"\#(customer)","date":"\#(day)","format":"video"}"#)
            let held = try #require(try await Self.checkIns(t, conversation: conversation).first?["id"] as? String)
            let recorded = try await t.send(.POST, "/orgs/acme/check-ins/\(held)/edit", form: [
                ("customer_id", customer), ("conversation_id", conversation), ("due_date", day.adding(months: 3).description),
                ("assignee_id", ""), ("status", "done"), ("feeling", "4"), ("comment", "Better"), ("completed_on", today.description),
            ])
            #expect(recorded.status == .seeOther)
            let edited = try await t.send(.PATCH, "\(Self.api)/conversations/\(conversation)", json: #"{"works_well":"The engineer was kind"}"#)
            #expect(edited.status == .ok)
            let after = try await Self.checkIns(t, conversation: conversation)
            #expect(after.count == 2, "the 3-month check-in is not scheduled a second time")
            #expect(after.compactMap { $0["offset_months"] as? Int }.sorted() == [3, 6])
        }
    }

    @Test func aFollowUpNoteIsDraftedFromTheConversationOncePerConversationAndMarkedSent() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = Self.api
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let contact = try await t.create("acme", "contacts", #"{"customer_id":"\#(customer)","name":"Ines Ortega"}"#)
            let day = CalendarDate.today.adding(days: -2)
            let conversation = try await t.create("acme", "conversations",
                #"{"customer_id":"\#(customer)","contact_ids":["\#(contact)"],"date":"\#(day)","format":"coffee"}"#)
            _ = try await t.create("acme", "feedback", #"""
                {"conversation_id":"\#(conversation)","text":"Nobody calls back after a fault report","kind":"friction",
                 "touchpoint_ids":["\#(seed.touchpoint)"]}
                """#)

            let form = try await t.send(.GET, "/orgs/acme/follow-up-notes/new?conversation_id=\(conversation)")
            #expect(form.status == .ok)
            let draft = try #require(Self.textarea("body", in: form.body.string))
            #expect(draft.hasPrefix("Dear Ines,"))
            #expect(draft.contains("Thank you for meeting us for coffee on \(FollowUpDrafter.longDate(day))"))
            #expect(draft.contains("“Nobody calls back after a fault report”"))
            #expect(draft.contains("We will get in touch around \(FollowUpDrafter.longDate(day.adding(months: 3)))"), "the next scheduled check-in")

            let created = try await t.send(.POST, "/orgs/acme/follow-up-notes",
                                           form: [("conversation_id", conversation), ("body", draft), ("status", "draft")])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            #expect(location.hasPrefix("/orgs/acme/follow-up-notes/"))
            let note = try #require(location.components(separatedBy: "?")[0].split(separator: "/").last.map(String.init))
            let stored = try t.object(try await t.send(.GET, "\(api)/follow-up-notes/\(note)"))
            #expect(stored["status"] as? String == "draft" && stored["sent_on"] == nil)
            #expect((stored["body"] as? String)?.contains("Nobody calls back after a fault report") == true)
            let drafts = try t.object(try await t.send(.GET, "\(api)/nurture?view=drafts"))
            #expect(drafts["total"] as? Int == 1)

            let second = try await t.send(.POST, "\(api)/follow-up-notes", json: #"{"conversation_id":"\#(conversation)","body":"Thanks again"}"#)
            #expect(second.status == .unprocessableEntity && Self.errorFields(second) == ["conversation_id"])

            let sent = try await t.send(.POST, "\(api)/follow-up-notes/\(note)/sent")
            #expect(sent.status == .ok)
            let marked = try t.object(sent)
            #expect(marked["status"] as? String == "sent" && marked["sent_on"] as? String == CalendarDate.today.description)
            let none = try t.object(try await t.send(.GET, "\(api)/nurture?view=drafts"))
            #expect(none["total"] as? Int == 0)
        }
    }

    @Test func aCheckInIsDoneOnlyWithHowThingsFeelNow() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let api = Self.api
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let due = CalendarDate.today.adding(days: 5), today = CalendarDate.today
            let checkIn = try await t.create("acme", "check-ins", #"{"customer_id":"\#(customer)","due_date":"\#(due)"}"#)
            let missing = try await t.send(.PATCH, "\(api)/check-ins/\(checkIn)", json: #"{"status":"done","completed_on":"\#(today)"}"#)
            #expect(missing.status == .unprocessableEntity && Self.errorFields(missing) == ["feeling"])
            let outOfRange = try await t.send(.PATCH, "\(api)/check-ins/\(checkIn)",
                                              json: #"{"status":"done","feeling":7,"completed_on":"\#(today)"}"#)
            #expect(outOfRange.status == .unprocessableEntity && Self.errorFields(outOfRange) == ["feeling"])
            let page = try await t.send(.POST, "/orgs/acme/check-ins/\(checkIn)/edit", form: [
                ("customer_id", customer), ("due_date", due.description), ("status", "done"), ("completed_on", today.description),
            ])
            #expect(page.status == .unprocessableEntity && page.body.string.contains("Record how things feel now"))
            let still = try t.object(try await t.send(.GET, "\(api)/check-ins/\(checkIn)"))
            #expect(still["status"] as? String == "scheduled")

            let done = try t.object(try await t.send(.PATCH, "\(api)/check-ins/\(checkIn)",
                json: #"{"status":"done","feeling":5,"comment":"Much better","completed_on":"\#(today)"}"#))
            #expect(done["status"] as? String == "done" && done["feeling"] as? Int == 5 && done["completed_on"] as? String == today.description)
        }
    }

    @Test func theNurtureViewsListOverdueCheckInsAndThoseOfTheSignedInPerson() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let api = Self.api
            let today = CalendarDate.today
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let other = try await t.create("acme", "people", #"{"name":"Olu Other"}"#)
            let late = try await t.create("acme", "check-ins",
                #"{"customer_id":"\#(customer)","due_date":"\#(today.adding(days: -1))","assignee_id":"\#(other)"}"#)
            func ids(_ view: String) async throws -> [String] {
                let page = try t.object(try await t.send(.GET, "\(api)/nurture?view=\(view)"))
                return try #require(page["items"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            }
            #expect(try await ids("mine").isEmpty, "nobody on the People list has the signed-in email yet")
            let nobody = try await t.send(.GET, "/orgs/acme/nurture?view=mine").body.string
            #expect(nobody.contains("matches nobody on the People list"))

            let me = try await t.create("acme", "people", #"{"name":"Tess Tester","email":"\#(t.me.email)"}"#)
            let soon = try await t.create("acme", "check-ins",
                #"{"customer_id":"\#(customer)","due_date":"\#(today.adding(months: 1))","assignee_id":"\#(me)"}"#)
            _ = try await t.create("acme", "check-ins", #"""
                {"customer_id":"\#(customer)","due_date":"\#(today.adding(days: -5))","assignee_id":"\#(me)",
                 "status":"done","feeling":3,"completed_on":"\#(today.adding(days: -5))"}
                """#)
            #expect(try await ids("overdue") == [late], "not the one due next month, nor the one already held")
            #expect(try await ids("mine") == [soon], "scheduled and assigned to Tess, whose email is the signed-in user's")
            #expect(try await t.send(.GET, "\(api)/nurture?view=planet").status == .unprocessableEntity)

            let overdue = try await t.send(.GET, "/orgs/acme/nurture?view=overdue").body.string
            #expect(overdue.contains("Overdue (1)") && overdue.contains("Mine (1)"))
            #expect(overdue.contains(today.adding(days: -1).description) && overdue.contains("Olu Other"))
            #expect(!overdue.contains(today.adding(months: 1).description))
            let mine = try await t.send(.GET, "/orgs/acme/nurture?view=mine").body.string
            #expect(mine.contains(today.adding(months: 1).description) && !mine.contains(today.adding(days: -1).description))
        }
    }
}

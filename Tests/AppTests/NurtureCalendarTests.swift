@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// Nurture's private calendar feeds and the in-app inbox, through HTTP.
@Suite struct NurtureCalendarTests {
    static let api = "/api/v1/organizations/acme"

    @Test func theCalendarFeedIsReadAtItsSecretAddressOnlyUntilRevoked() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let me = try await t.create("acme", "people", #"{"name":"Tess Tester","email":"\#(t.me.email)"}"#)
            let other = try await t.create("acme", "people", #"{"name":"Olu Other"}"#)
            let due = CalendarDate.today.adding(days: 10)
            let mine = try await t.create("acme", "check-ins",
                #"{"customer_id":"\#(customer)","due_date":"\#(due)","assignee_id":"\#(me)"}"#)
            let theirs = try await t.create("acme", "check-ins",
                #"{"customer_id":"\#(customer)","due_date":"\#(due.adding(days: 1))","assignee_id":"\#(other)"}"#)

            let issued = try await t.send(.POST, "/orgs/acme/calendar")
            #expect(issued.status == .ok)
            let html = issued.body.string
            let address = try #require(html.range(of: #"https?://[^\s<"]+/calendar/cal_[A-Za-z0-9_-]+\.ics"#, options: .regularExpression)
                .map { String(html[$0]) })
            #expect(html.components(separatedBy: "/calendar/cal_").count == 2, "the address is on the page once")
            let path = try #require(URL(string: address)?.path)
            #expect(path.hasPrefix("/calendar/cal_") && path.hasSuffix(".ics"))

            let feed = try await t.raw(.GET, path)
            #expect(feed.status == .ok, "a calendar app reads it with no session")
            #expect(feed.headers.contentType?.type == "text" && feed.headers.contentType?.subType == "calendar")
            let ics = feed.body.string
            #expect(ics.hasPrefix("BEGIN:VCALENDAR"))
            #expect(ics.contains("BEGIN:VEVENT") && ics.contains("END:VEVENT"))
            #expect(ics.contains("UID:check-in-\(mine.lowercased())@align"))
            #expect(ics.contains("DTSTART;VALUE=DATE:" + due.description.replacingOccurrences(of: "-", with: "")))
            #expect(ics.contains("SUMMARY:Check in with Quayside Bakery"))
            #expect(!ics.contains(theirs.lowercased()) && !ics.contains(theirs), "only the check-ins assigned to the feed's owner")
            let bytes = Array(ics.utf8)
            let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
            #expect(!newlines.isEmpty && newlines.allSatisfy { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") }, "every line ends in CRLF")

            let later = try await t.send(.GET, "/orgs/acme/calendar").body.string
            #expect(!later.contains(path), "the address is shown only when it is made")
            #expect(later.contains("You have a feed"))

            let revoked = try await t.send(.POST, "/orgs/acme/calendar/revoke")
            #expect(revoked.status == .seeOther)
            #expect(try await t.raw(.GET, path).status == .notFound)
            #expect(try await t.raw(.GET, "/calendar/cal_nothingHere.ics").status == .notFound)
            #expect(try await t.raw(.GET, String(path.dropLast(4))).status == .notFound, "the address without .ics")
            let off = try await t.send(.GET, "/orgs/acme/calendar").body.string
            #expect(off.contains("You have no feed yet"))
        }
    }

    @Test func aNewAddressReplacesTheOldOne() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            func issue() async throws -> String {
                let html = try await t.send(.POST, "/orgs/acme/calendar").body.string
                let address = try #require(html.range(of: #"/calendar/cal_[A-Za-z0-9_-]+\.ics"#, options: .regularExpression)
                    .map { String(html[$0]) })
                return address
            }
            let first = try await issue()
            let second = try await issue()
            #expect(first != second)
            #expect(try await t.raw(.GET, first).status == .notFound)
            let feed = try await t.raw(.GET, second)
            #expect(feed.status == .ok)
            #expect(!feed.body.string.contains("BEGIN:VEVENT"), "nobody on the People list has the user's email: no events")
            let page = try await t.send(.GET, "/orgs/acme/calendar").body.string
            #expect(page.contains("matches nobody on the People list"))
        }
    }

    @Test func theInboxStartsEmpty() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let inbox = try t.object(try await t.send(.GET, "\(Self.api)/inbox"))
            #expect(inbox["unread"] as? Int == 0)
            #expect((inbox["items"] as? [Any])?.isEmpty == true)
            #expect(inbox["page"] as? Int == 1 && inbox["page_count"] as? Int == 1)
            #expect(try await t.send(.POST, "\(Self.api)/inbox/\(UUID().uuidString)/read").status == .notFound)
            let page = try await t.send(.GET, "/orgs/acme/inbox").body.string
            #expect(page.contains("Nothing here yet."))
            let nurture = try await t.send(.GET, "/orgs/acme/nurture").body.string
            #expect(nurture.contains("Inbox (0)"))
        }
    }
}

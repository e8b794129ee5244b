@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct NurturePagesTests {
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
}

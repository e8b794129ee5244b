@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor

/// `align jobs run` and `align check-ins` against a SQLite file.
@Suite struct JobsCommandLineTests {
    @Test func jobsRunDeliversDueRemindersOnceAndCheckInsAreListedByPerson() async throws {
        try await CommandLineTests.withDatabase { config in
            try await AlignRunner.createUser(config, name: "Ada", email: "ada@example.org", password: "long enough pw", organization: "acme",
                                             role: "member", leads: [])
            try await AlignRunner.withApplication(config) { app in
                let org = try #require(try await Organizations.find(slug: "acme", on: app.db)?.id)
                let person = try await RecordStore<PersonRecord>(db: app.db, organizationID: org).create(Person(name: "Ada", email: "ada@example.org"))
                let customer = try await RecordStore<CustomerRecord>(db: app.db, organizationID: org).create(Customer(accountName: "Bakery"))
                _ = try await RecordStore<CheckInRecord>(db: app.db, organizationID: org).create(CheckIn(
                    customerID: customer.id, dueDate: .today.adding(days: 1), assigneeID: person.id))
            }
            await #expect { try await AlignRunner.listCheckIns(config, organization: "acme", view: "someday", email: nil) }
                throws: { String(describing: $0).contains("--view must be this-week, overdue or upcoming") }
            await #expect { try await AlignRunner.listCheckIns(config, organization: "acme", view: "upcoming", email: "nobody@example.org") }
                throws: { String(describing: $0).contains("Nobody on Acme's People list has the email nobody@example.org") }
            try await AlignRunner.listCheckIns(config, organization: "acme", view: "upcoming", email: "ada@example.org")
            try await AlignRunner.runJobs(config)
            try await AlignRunner.runJobs(config)
            try await AlignRunner.withApplication(config) { app in
                let messages = try await InboxMessageRecord.query(on: app.db).all()
                #expect(messages.count == 1)
                #expect(messages.first?.title.contains("Check in with Bakery") == true)
            }
        }
    }
}

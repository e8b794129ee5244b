@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor

/// `align initiatives move`, `align check-ins` and `align jobs run` against a SQLite file.
@Suite struct LoopCommandLineTests {
    @Test func initiativesMoveOneStepAtATimeAndDoneNeedsAReasonWhileNeedsAreOpen() async throws {
        try await CommandLineTests.withDatabase { config in
            var initiativeID = UUID()
            try await AlignRunner.withApplication(config) { app in
                let org = try #require(try await Organizations.find(slug: "acme", on: app.db)?.id)
                let team = try await RecordStore<TeamRecord>(db: app.db, organizationID: org).create(Team(name: "Billing", function: .billingFinance))
                initiativeID = try await RecordStore<InitiativeRecord>(db: app.db, organizationID: org)
                    .create(Initiative(title: "Callbacks in a slot", ownerTeamID: team.id, dueDate: CalendarDate(year: 2027, month: 1, day: 31)!)).id
                _ = try await RecordStore<CapabilityNeedRecord>(db: app.db, organizationID: org).create(CapabilityNeed(
                    initiativeID: initiativeID, kind: .tool, description: "Slots in the diary", teamID: team.id,
                    dueDate: CalendarDate(year: 2027, month: 1, day: 10)!))
            }
            let id = initiativeID.uuidString
            await #expect { try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "done", reason: "", by: "Test") }
                throws: { String(describing: $0).contains("From proposed an initiative moves to approved") }
            await #expect { try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "finished", reason: "", by: "Test") }
                throws: { String(describing: $0).contains("--to must be one of") }
            await #expect { try await AlignRunner.moveInitiative(config, organization: "acme", id: "not-an-id", to: "approved", reason: "", by: "Test") }
                throws: { String(describing: $0).contains("is not an initiative id") }
            try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "approved", reason: "", by: "Test")
            try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "in-progress", reason: "", by: "Test")
            await #expect { try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "done", reason: "", by: "Test") }
                throws: { String(describing: $0).contains("1 capability need is still open") }
            try await AlignRunner.moveInitiative(config, organization: "acme", id: id, to: "done", reason: "Diary slots are live for half the team", by: "Test")
            try await AlignRunner.withApplication(config) { app in
                let record = try #require(try await InitiativeRecord.query(on: app.db).filter(\.$id == initiativeID).first())
                #expect(record.content.status == .done)
                let history = try await InitiativeStatusChangeRecord.history(of: initiativeID, on: app.db)
                #expect(history.map(\.to) == [.approved, .inProgress, .done])
                #expect(history.last?.note == "Diary slots are live for half the team" && history.last?.byName == "Test")
            }
            try await AlignRunner.listInitiatives(config, organization: "acme", status: "done")
            await #expect { try await AlignRunner.listInitiatives(config, organization: "acme", status: "someday") }
                throws: { String(describing: $0).contains("--status must be open or one of") }
        }
    }

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

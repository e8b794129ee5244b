@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor

/// `align initiatives list` and `align initiatives move` against a SQLite file.
@Suite struct InitiativesCommandLineTests {
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
}

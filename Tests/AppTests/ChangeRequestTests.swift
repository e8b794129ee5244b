@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

/// Asking everyone a planned change touches to acknowledge it, and reminding whoever has not, through the job queue.
@Suite(.serialized) struct ChangeRequestTests {
    @Test func aNewChangeAsksTheAffectedTeamsLeadsAndTheWebhookThenRemindsOnlyWhoIsStillUntold() async throws {
        let receiver = try await WebhookReceiver.start()
        do {
            try await TestApp.run { t in
                let w = try await PlannedChangeTests().world(t)
                let settings = try await t.send(.PUT, "/api/v1/organizations/acme/nurture/settings", json: """
                    {"check_in_months":"3, 6","reminder_days_before":2,"fatigue_limit":3,"fatigue_window_days":90,"webhook_url":"\(receiver.url)"}
                    """)
                #expect(settings.status == .ok)
                let lead = try await t.user("lead@example.org")
                try await t.join("acme", lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: w.seed.team)!]))
                let runner = JobRunner(app: t.app, worker: "only")
                let first = try await runner.runOnce()
                #expect(first.reminders == 1 && first.deliveries == 1)
                let asked = try await InboxMessageRecord.query(on: t.app.db).all()
                #expect(asked.first { $0.userID == lead.userID }?.body.contains("Contact Centre (high)") == true)
                #expect(asked.first { $0.userID == t.me.userID }?.body.contains("Billing (low)") == true, "a team without a lead asks the administrators")
                #expect(asked.allSatisfy { $0.title == "Acknowledge “Move the out-of-hours line to a partner”" })
                #expect(receiver.accepted.first?.body.contains(#""event":"change.acknowledgement_requested""#) == true)

                #expect(try await t.send(.POST, "\(w.base)/changes/\(w.change)/acknowledge", json: #"{"party":"team:\#(w.seed.team)"}"#, as: lead).status == .ok)
                let weekBefore = CalendarDate(year: 2027, month: 1, day: 25)!
                let reminded = try await runner.runOnce(today: weekBefore)
                #expect(reminded.queued == 1 && reminded.reminders == 1)
                let reminders = try await InboxMessageRecord.query(on: t.app.db).all().filter { $0.title.hasPrefix("Reminder") }
                #expect(reminders.map(\.userID) == [t.me.userID], "the lead who acknowledged is not reminded")
                let event = try #require(receiver.accepted.last?.body)
                #expect(event.contains(#""event":"change.acknowledgement_reminder""#) && event.contains(#""name":"Billing""#) && !event.contains("Contact Centre"))
                #expect(try await runner.runOnce(today: weekBefore.adding(days: 1)).queued == 0, "once a week")
            }
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }
}

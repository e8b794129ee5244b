@testable import App
import Domain
import FluentKit
import Foundation
@testable import Persistence
import Testing

/// Sending a pulse reaches people through the job queue: each link in its person's inbox when they have an
/// account here, and one webhook event per link; a reminder only to those who have not answered.
@Suite struct PulseInvitationTests {
    @Test func invitationsAndRemindersGoToInboxesAndTheWebhookOncePerLink() async throws {
        let receiver = try await WebhookReceiver.start()
        do {
            try await TestApp.run { t in
                let seed = try await t.seed()
                let settings = try await t.send(.PUT, "/api/v1/organizations/\(seed.slug)/nurture/settings", json: """
                    {"check_in_months":"3, 6","reminder_days_before":2,"fatigue_limit":3,"fatigue_window_days":90,"webhook_url":"\(receiver.url)"}
                    """)
                #expect(settings.status == .ok, "\(settings.body.string)")
                let colleague = try await t.user("colleague@example.org")
                try await t.join(seed.slug, colleague, Access(role: .member))
                _ = try await t.create(seed.slug, "people", #"{"name":"Colleague","email":"Colleague@example.org","team_id":"\#(seed.team)"}"#)
                for number in 1...4 { _ = try await t.create(seed.slug, "people", #"{"name":"P\#(number)","email":"p\#(number)@example.org","team_id":"\#(seed.team)"}"#) }
                _ = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulse-questions/built-in")
                let pulse = try await t.create(seed.slug, "pulses", #"{"title":"Spring","team_ids":["\#(seed.team)"],"sets":["4c"],"closes_on":"2099-12-31"}"#)
                #expect(try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/send").status == .ok)
                let first = try await JobRunner(app: t.app, worker: "test").runOnce()
                #expect(first.reminders == 1 && first.deliveries == 5, "\(first)")
                let inbox = try await InboxMessageRecord.query(on: t.app.db).all()
                #expect(inbox.count == 1 && inbox[0].userID == colleague.userID && inbox[0].url.hasPrefix("/pulse/"))
                #expect(receiver.accepted.filter { $0.body.contains(#""event":"pulse.invitation""#) }.count == 5)
                let links = try await PulseTests.links(t, seed.slug, pulse)
                for link in links.prefix(3) { _ = try await PulseTests.answer(t, link.path, agreement: 4, enps: 9) }
                let reminded = try t.object(try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/remind"))
                #expect(reminded["waiting"] as? Int == 2)
                let second = try await JobRunner(app: t.app, worker: "test").runOnce()
                #expect(second.deliveries == 2, "\(second)")
                #expect(receiver.accepted.filter { $0.body.contains(#""event":"pulse.reminder""#) }.count == 2)
                let again = try await JobRunner(app: t.app, worker: "test").runOnce()
                #expect(again.deliveries == 0 && again.reminders == 0)
            }
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }
}

@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

/// Scheduled reminders: claimed through the database, delivered once to inboxes and the webhook, retried with backoff.
@Suite struct JobTests {
    /// An organization with `count` check-ins due tomorrow, assigned to the person whose email is the test user's.
    static func prepare(_ t: TestApp, checkIns count: Int, webhook: String?) async throws -> (org: UUID, checkIns: [String]) {
        _ = try await t.seed()
        let person = try await t.create("acme", "people", #"{"name":"Tess Tester","email":"tester@example.org"}"#)
        let customer = try await t.create("acme", "customers", #"{"account_name":"Riverside Bakery","value_tier":"high"}"#)
        if let webhook {
            let settings = try await t.send(.PUT, "/api/v1/organizations/acme/nurture/settings", json: """
                {"check_in_months":"3, 6","reminder_days_before":2,"fatigue_limit":3,"fatigue_window_days":90,"webhook_url":"\(webhook)"}
                """)
            #expect(settings.status == .ok, "\(settings.body.string)")
        }
        let due = CalendarDate.today.adding(days: 1)
        var ids: [String] = []
        for _ in 0..<count {
            ids.append(try await t.create("acme", "check-ins", #"{"customer_id":"\#(customer)","due_date":"\#(due)","assignee_id":"\#(person)"}"#))
        }
        // Not due within the reminder lead: no reminder.
        _ = try await t.create("acme", "check-ins", #"{"customer_id":"\#(customer)","due_date":"\#(due.adding(days: 30))","assignee_id":"\#(person)"}"#)
        let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
        return (org, ids)
    }

    @Test func twoInstancesOnOneDatabaseDeliverEachReminderExactlyOnce() async throws {
        let receiver = try await WebhookReceiver.start()
        do {
            try await TestApp.run { t in
                let (org, checkIns) = try await Self.prepare(t, checkIns: 6, webhook: receiver.url)
                let other = try await t.secondInstance()
                var total = JobRunner.Summary()
                do {
                    let runners = [JobRunner(app: t.app, worker: "first"), JobRunner(app: other, worker: "second")]
                    total = try await withThrowingTaskGroup(of: JobRunner.Summary.self) { group in
                        for _ in 0..<3 { for runner in runners { group.addTask { try await runner.runOnce() } } }
                        var sum = JobRunner.Summary()
                        for try await one in group {
                            sum.queued += one.queued
                            sum.reminders += one.reminders
                            sum.deliveries += one.deliveries
                            sum.failures += one.failures
                        }
                        return sum
                    }
                } catch {
                    try? await other.asyncShutdown()
                    throw error
                }
                try await other.asyncShutdown()
                #expect(total == JobRunner.Summary(queued: 6, reminders: 6, deliveries: 6, failures: 0))

                let messages = try await InboxMessageRecord.query(on: t.app.db).all()
                #expect(messages.count == 6)
                #expect(Set(messages.map(\.jobID)).count == 6)
                #expect(Set(messages.map(\.userID)) == [t.me.userID])
                let inbox = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/inbox"))
                #expect(inbox["unread"] as? Int == 6)
                let firstMessage = try #require((inbox["items"] as? [[String: Any]])?.first)
                #expect(firstMessage["created_at"] is String, "moments are ISO 8601 text in the API")

                let secret = try await NurtureSettingsStore.record(org, on: t.app.db).webhookSecret
                let delivered = receiver.accepted
                #expect(delivered.count == 6)
                #expect(Set(delivered.map(\.id)).count == 6)
                let now = Int(Date().timeIntervalSince1970)
                for delivery in delivered {
                    #expect(WebhookSigner.verify(header: delivery.signature, body: delivery.body, secret: secret, now: now))
                    #expect(!WebhookSigner.verify(header: delivery.signature, body: delivery.body + " ", secret: secret, now: now))
                }
                let mentioned = Set(checkIns.filter { id in delivered.contains { $0.body.contains(id.lowercased()) || $0.body.contains(id) } })
                #expect(mentioned.count == 6)

                let again = try await JobRunner(app: t.app, worker: "third").runOnce()
                #expect(again == JobRunner.Summary())
            }
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }

    @Test func aRefusedDeliveryIsRetriedAfterItsBackoffAndShownOnTheDeliveriesPage() async throws {
        let receiver = try await WebhookReceiver.start(failFirst: 1)
        do {
            try await TestApp.run { t in
                _ = try await Self.prepare(t, checkIns: 1, webhook: receiver.url)
                let runner = JobRunner(app: t.app, worker: "only")
                // Moments given, not read from the clock: a pass that also keeps the month's alignment index may take a while on a busy machine.
                let start = Date()
                let first = try await runner.runOnce(now: start)
                #expect(first.reminders == 1 && first.deliveries == 0 && first.failures == 1)
                #expect(receiver.refused == 1 && receiver.accepted.isEmpty)
                let tooSoon = try await runner.runOnce(now: start.addingTimeInterval(10))
                #expect(tooSoon.deliveries == 0 && receiver.refused == 1)
                let later = try await runner.runOnce(now: start.addingTimeInterval(31))
                #expect(later.deliveries == 1)
                #expect(receiver.accepted.count == 1)

                let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/webhook-deliveries"))
                let items = try #require(list["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["state"] as? String == "done")
                #expect(items.first?["attempts"] as? Int == 2)
                let page = try await t.send(.GET, "/orgs/acme/nurture/deliveries")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("HTTP 200"))
            }
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }

    @Test func aCheckInDoneBeforeItsReminderRunsGetsNone() async throws {
        try await TestApp.run { t in
            let (_, checkIns) = try await Self.prepare(t, checkIns: 2, webhook: nil)
            let runner = JobRunner(app: t.app, worker: "only")
            // Queue both, then record one as done before the jobs run.
            let queued = try await Reminders.enqueueDue(today: .today, now: Date(), on: t.app.db)
            #expect(queued == 2)
            let done = try await t.send(.PATCH, "/api/v1/organizations/acme/check-ins/\(checkIns[0])",
                                        json: #"{"status":"done","feeling":4,"completed_on":"\#(CalendarDate.today)"}"#)
            #expect(done.status == .ok)
            let summary = try await runner.runOnce()
            #expect(summary.reminders == 2)
            #expect(try await InboxMessageRecord.query(on: t.app.db).count() == 1)
        }
    }

    @Test func backoffDoublesAndStopsAtSixHours() {
        #expect(JobQueue.backoff(afterAttempt: 1) == 30)
        #expect(JobQueue.backoff(afterAttempt: 2) == 60)
        #expect(JobQueue.backoff(afterAttempt: 4) == 240)
        #expect(JobQueue.backoff(afterAttempt: 30) == 6 * 3600)
    }
}

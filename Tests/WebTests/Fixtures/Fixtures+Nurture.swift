import Domain
import Foundation
import Web

extension Fixture {
    /// Going back to customers: check-ins, notes to send, the inbox, settings, webhook deliveries and the calendar feed.
    enum Nurture {
        static let checkInHill = id(601), checkInOkafor = id(602), checkInPark = id(603), checkInLate = id(604)
        static let customerHill = id(610), customerOkafor = id(611), customerPark = id(612), customerLate = id(613)
        static let reminderOne = id(620), reminderTwo = id(621), reminderRead = id(622)
        static let deliveryDone = id(630), deliveryRetrying = id(631), deliveryFailed = id(632), deliveryQueued = id(633)

        static let checkInColumns = ["Customer", "Due", "Who checks in", "Status", "How it feels now", "Comment"]

        static var thisWeek: NurtureModel {
            NurtureModel(slug: slug, view: .thisWeek, counts: [.thisWeek: 3, .overdue: 1, .mine: 2, .drafts: 4], columns: checkInColumns,
                         rows: [
                            [.link("Hill & Sons Bakery", url: Paths.item(slug, .checkIns, checkInHill)), .text("2026-03-04"),
                             .text("Priya Shah"), .badge("Scheduled", tone: .neutral), .muted("—"), .muted("—")],
                            [.link("Mrs Okafor", url: Paths.item(slug, .checkIns, checkInOkafor)), .text("2026-03-05"),
                             .muted("Nobody yet"), .badge("Scheduled", tone: .neutral), .muted("—"), .muted("—")],
                            [.link("Park Lane Dental", url: Paths.item(slug, .checkIns, checkInPark)), .text("2026-03-06"),
                             .text("Tom O'Neill"), .badge("Done", tone: .good), .text("Better"),
                             .text("Says the new call-back is quick; still worried about the estimated bill " + markup)],
                         ],
                         empty: "No check-ins due this week.", isAdmin: true, unreadInbox: 2)
        }

        static var overduePage: NurtureModel {
            var model = NurtureModel(slug: slug, view: .overdue, counts: [.thisWeek: 3, .overdue: 51, .mine: 0, .drafts: 4],
                                     columns: checkInColumns,
                                     rows: [[.link("Riverside Flats " + markup, url: Paths.item(slug, .checkIns, checkInLate)),
                                             .text("2026-01-12"), .text("Priya Shah"), .badge("Overdue", tone: .bad), .muted("—"), .muted("—")]],
                                     empty: "Nothing overdue: every check-in due so far was done or cancelled.", isAdmin: false, unreadInbox: 0)
            model.page = 2
            model.pageCount = 3
            return model
        }

        static var noDrafts: NurtureModel {
            NurtureModel(slug: slug, view: .drafts, counts: [.thisWeek: 0, .overdue: 0, .mine: 0], columns: ["Conversation", "Customer", "Status", "Sent on"],
                         rows: [], empty: "Every follow-up note has been sent. Draft one from a conversation's page " + markup + ".",
                         isAdmin: false, unreadInbox: 0)
        }

        // MARK: Inbox

        static var inbox: [InboxMessage] {
            [InboxMessage(id: reminderOne, title: "Check in with Hill & Sons Bakery on 2026-03-04",
                        body: "They told us on 4 December that the leak line kept them waiting " + markup + ". Ask whether it feels better now.",
                        url: Paths.item(slug, .checkIns, checkInHill), createdAt: Moment.tuesdayMorning, read: false),
             InboxMessage(id: reminderTwo, title: "Check in with Mrs Okafor on 2026-03-05",
                        body: "Nobody is assigned yet; you are the CX lead.", url: Paths.item(slug, .checkIns, checkInOkafor),
                        createdAt: Moment.mondayEvening, read: false),
             InboxMessage(id: reminderRead, title: "Check in with Park Lane Dental on 2026-03-06",
                        body: "Their estimated-bill complaint is linked to a verified initiative: tell them what changed.",
                        url: Paths.item(slug, .checkIns, checkInPark), createdAt: Moment.friday, read: true)]
        }

        // MARK: Settings

        static var settingsFields: [FormField] {
            [FormField("check_in_months", "Check in after (months)", hint: "Months after each conversation, separated by commas, e.g. 3, 6. Blank for none."),
             FormField("reminder_days_before", "Remind this many days before a check-in", .number, required: true),
             FormField("fatigue_limit", "Change fatigue: at most this many process changes…", .number,
                       hint: "More than this on one touchpoint or customer segment raises a warning.", required: true),
             FormField("fatigue_window_days", "…within this many days", .number, required: true),
             FormField("webhook_url", "Webhook URL", hint: "Reminders are also posted here as signed JSON, for a mail or chat system. Blank for none.")]
        }

        static var settingsWithError: FormModel {
            FormModel(title: "Nurture settings", action: Paths.page(slug, .nurtureSettings), submitLabel: "Save settings",
                      cancelURL: Paths.page(slug, .nurture), fields: settingsFields,
                      values: FormInput(single: ["check_in_months": "3, 6, 12", "reminder_days_before": "3", "fatigue_limit": "3",
                                                 "fatigue_window_days": "90", "webhook_url": "javascript:" + markup]),
                      errors: [FieldError(field: "webhook_url", message: "Webhook URL must start with https://.")])
        }

        static let secret = "whsec_9f2c4e7a1b3d5f60718293a4b5c6d7e8"

        // MARK: Deliveries

        static var deliveries: [WebhookDelivery] {
            [WebhookDelivery(id: deliveryQueued, state: "queued", attempts: 0, lastStatusCode: nil, lastError: nil, nextAttemptAt: nil,
                         createdAt: Moment.tuesdayLater, event: "check-in.reminder"),
             WebhookDelivery(id: deliveryRetrying, state: "retrying", attempts: 2, lastStatusCode: nil,
                         lastError: "connection refused " + markup, nextAttemptAt: Moment.tuesdayLater,
                         createdAt: Moment.tuesdayMorningRetry, event: "check-in.reminder"),
             WebhookDelivery(id: deliveryDone, state: "done", attempts: 1, lastStatusCode: 204, lastError: nil, nextAttemptAt: nil,
                         createdAt: Moment.tuesdayMorning, event: "check-in.reminder"),
             WebhookDelivery(id: deliveryFailed, state: "failed", attempts: 8, lastStatusCode: 500, lastError: "Internal Server Error",
                         nextAttemptAt: nil, createdAt: Moment.sunday, event: "follow-up-note.queued")]
        }

        static let webhookURL = "https://hooks.riverbendwater.example/align?channel=cx&tag=" + markup
        static let feedAddress = "https://align.riverbendwater.example/calendar/rbwcal_7Hq2xK9mVt3Lp0Zs.ics?name=" + markup
    }
}

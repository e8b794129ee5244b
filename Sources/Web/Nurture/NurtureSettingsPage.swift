import Domain
import Foundation
import Plot

public enum NurtureSettingsPage {
    public static func render(slug: String, form: FormModel, secret: String, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← Nurture", to: Paths.page(slug, .nurture))),
            pageHeading("Nurture settings", lead: "When Align schedules check-ins, when it reminds people, when it warns of change fatigue, and where it posts reminders."),
            FormView.form(form),
            .section(.class("detail-section"), .h2(.text("Webhook signature")),
                .p(.safe("Each delivery carries the header Align-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of “t.body” with this secret>. Check it, and refuse deliveries older than five minutes.")),
                .p(.code(.safe(secret))),
                postButton("Make a new secret", to: Paths.page(slug, .webhookSecret), danger: true)),
        ])
    }
}

public enum DeliveriesPage {
    public static func render(slug: String, webhookURL: String?, rows: [WebhookDelivery], page: Int, pageCount: Int, shell: PageShell) -> String {
        let stamp: (Date) -> String = { $0.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)) }
        return shell.render([
            .p(.class("breadcrumb"), .link("← Nurture", to: Paths.page(slug, .nurture))),
            pageHeading("Webhook deliveries", lead: webhookURL.map { "Reminders posted to \($0) as signed JSON; failed posts are retried after 30 s, 1, 2, 4 … minutes, eight tries in all." }
                        ?? "No webhook is set: reminders go to people's inboxes only. An administrator can set one in the Nurture settings."),
            rows.isEmpty ? .p(.class("empty-state"), .text("No deliveries yet."))
                : recordTable(["Queued", "Event", "State", "Tries", "Last answer", "Next try"], rows.map { row in
                    [.text(stamp(row.createdAt)), .text(row.event),
                     .badge(row.state, tone: row.state == "done" ? .good : row.state == "failed" ? .bad : .warn),
                     .text("\(row.attempts)"),
                     row.lastStatusCode.map { .text("HTTP \($0)") } ?? row.lastError.map { .text($0) } ?? .muted("—"),
                     row.nextAttemptAt.map { .text(stamp($0)) } ?? .muted("—")]
                }),
            pageLinks(base: Paths.page(slug, .deliveries), page: page, pageCount: pageCount),
        ])
    }
}

public enum CalendarFeedPage {
    /// `newAddress` is shown once, right after it is made.
    public static func render(slug: String, hasFeed: Bool, prefix: String?, lastUsed: Date?, newAddress: String?, personName: String?, shell: PageShell) -> String {
        let base = Paths.page(slug, .calendar)
        return shell.render([
            .p(.class("breadcrumb"), .link("← Nurture", to: Paths.page(slug, .nurture))),
            pageHeading("My calendar feed", lead: "A private address your calendar app subscribes to: every check-in assigned to you, on its due date."),
            .if(personName == nil, .p(.class("warning"), .text("Your account's email matches nobody on the People list, so the feed will be empty. Ask an administrator to add you to People with the same email."))),
            .unwrap(newAddress) { address in
                .div(.class("notice"), .attr("role", "status"),
                     .p(.text("Your feed's address. Copy it now: it is shown only once. Anyone with it can read your check-ins.")),
                     .p(.code(.safe(address))))
            },
            hasFeed ? .p(.safe("You have a feed (address starting \(prefix ?? "")…)" + (lastUsed.map { ", last read \($0.formatted(.iso8601.year().month().day()))" } ?? ", not read yet") + "."))
                : .p(.class("empty-state"), .text("You have no feed yet. Make one, then add its address to your calendar app as a subscription.")),
            .div(.class("actions"),
                 postButton(hasFeed ? "Make a new address (the old one stops working)" : "Make my feed", to: base),
                 hasFeed ? postButton("Turn the feed off", to: Paths.page(slug, .revokeCalendar), danger: true) : .empty),
        ])
    }
}

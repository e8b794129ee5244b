import Domain
import Foundation
import Plot

public enum DeliveriesPage {
    public static func render(_ model: DeliveriesModel, shell: PageShell) -> String {
        let slug = model.slug, webhookURL = model.webhookURL, rows = model.rows, page = model.page, pageCount = model.pageCount
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

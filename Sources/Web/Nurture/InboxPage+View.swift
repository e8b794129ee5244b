import Domain
import Foundation
import Plot

public enum InboxPage {
    public static func render(_ model: InboxModel, shell: PageShell) -> String {
        let slug = model.slug, entries = model.entries, page = model.page, pageCount = model.pageCount
        let base = Paths.page(slug, .inbox)
        let unread = entries.filter { !$0.read }.count
        return shell.render([
            .p(.class("breadcrumb"), .link("← Nurture", to: Paths.page(slug, .nurture))),
            pageHeading("Inbox", lead: "Reminders Align sends you: check-ins coming up with the customers you listened to.",
                        actions: unread > 0 ? [postButton("Mark all as read", to: Paths.page(slug, .readAllInbox))] : []),
            entries.isEmpty ? .p(.class("empty-state"), .text("Nothing here yet. Reminders arrive a few days before each check-in assigned to you."))
                : .ul(.class("inbox"), .forEach(entries) { entry in
                    .li(.attr("class", entry.read ? "inbox-item" : "inbox-item inbox-item--unread"),
                        .p(.link(entry.title, to: entry.url), entry.read ? .empty : .span(.class("badge badge--warn"), .text("New"))),
                        .p(.safe(entry.body)),
                        .p(.class("muted"), .safe(entry.createdAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)))),
                        entry.read ? .empty : postButton("Mark as read", to: Paths.page(slug, .inboxMessage(.value(entry.id), .read))))
                }),
            pageLinks(base: base, page: page, pageCount: pageCount),
        ])
    }
}

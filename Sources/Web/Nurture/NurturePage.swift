import Domain
import Foundation
import Plot

/// The Nurture views: check-ins due this week, overdue, mine; notes still to send.
public enum NurtureView: String, Sendable, CaseIterable {
    case thisWeek = "this-week"
    case overdue, mine, drafts

    public var label: String {
        switch self {
        case .thisWeek: "Due this week"
        case .overdue: "Overdue"
        case .mine: "Mine"
        case .drafts: "Notes to send"
        }
    }
}

public struct NurtureModel: Sendable {
    public let slug: String
    public let view: NurtureView
    public let counts: [NurtureView: Int]
    public let columns: [String]
    public let rows: [[Cell]]
    public let empty: String
    public let isAdmin: Bool
    public let unreadInbox: Int
    public var page = 1
    public var pageCount = 1

    public init(slug: String, view: NurtureView, counts: [NurtureView: Int], columns: [String], rows: [[Cell]], empty: String, isAdmin: Bool,
                unreadInbox: Int) {
        self.slug = slug
        self.view = view
        self.counts = counts
        self.columns = columns
        self.rows = rows
        self.empty = empty
        self.isAdmin = isAdmin
        self.unreadInbox = unreadInbox
    }
}

public enum NurturePage {
    public static func render(_ model: NurtureModel, shell: PageShell) -> String {
        let base = Paths.page(model.slug, .nurture)
        return shell.render([
            pageHeading("Nurture", lead: "Go back to customers: thank them with what you heard and plan to do, check in at the months the organization chose, and tell them what changed.",
                        actions: [buttonLink("Inbox (\(model.unreadInbox))", to: Paths.page(model.slug, .inbox)),
                                  buttonLink("My calendar feed", to: Paths.page(model.slug, .calendar)),
                                  buttonLink("All check-ins", to: Paths.list(model.slug, .checkIns)),
                                  buttonLink("Webhook deliveries", to: Paths.page(model.slug, .deliveries))]
                            + (model.isAdmin ? [buttonLink("Settings", to: Paths.page(model.slug, .nurtureSettings))] : [])),
            .nav(.class("view-tabs"), .attr("aria-label", "Nurture views"), .group(NurtureView.allCases.map { view in
                .element(named: "a", nodes: [.attr("href", Paths.page(model.slug, .nurture, query: ["view": view.rawValue])), view == model.view ? .attr("aria-current", "page") : .empty,
                                              .text("\(view.label) (\(model.counts[view] ?? 0))")])
            })),
            model.rows.isEmpty ? .p(.class("empty-state"), .safe(model.empty)) : recordTable(model.columns, model.rows),
            pageLinks(base: base + "?view=" + model.view.rawValue + "&", page: model.page, pageCount: model.pageCount),
        ])
    }
}

public enum InboxPage {
    public static func render(slug: String, entries: [InboxMessage], page: Int, pageCount: Int, shell: PageShell) -> String {
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

import Domain
import Foundation
import Plot

public enum CalendarFeedPage {
    /// `newAddress` is shown once, right after it is made.
    public static func render(_ model: CalendarFeedModel, shell: PageShell) -> String {
        let slug = model.slug, hasFeed = model.hasFeed, prefix = model.prefix, lastUsed = model.lastUsed, newAddress = model.newAddress,
            personName = model.personName
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

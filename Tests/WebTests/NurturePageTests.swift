import Domain
import Foundation
import Testing
import Web

/// The Nurture pages (their views live in Sources/Web/FollowUps).
@Suite struct NurturePageTests {
    typealias F = Fixture.Nurture

    static func shell(_ title: String, notice: String? = nil) -> PageShell { Fixture.shell(title, current: "nurture", notice: notice) }

    // MARK: Overview

    @Test func checkInsDueThisWeekForAnAdministrator() throws {
        try assertSnapshot(NurturePage.render(F.thisWeek, shell: Self.shell("Nurture")), named: "this-week", suite: "NurturePage")
    }

    @Test func overdueCheckInsSpanSeveralPages() throws {
        try assertSnapshot(NurturePage.render(F.overduePage, shell: Self.shell("Nurture")), named: "overdue-page-2", suite: "NurturePage")
    }

    @Test func noNotesToSendSaysWhereToDraftOne() throws {
        try assertSnapshot(NurturePage.render(F.noDrafts, shell: Self.shell("Nurture")), named: "drafts-empty", suite: "NurturePage")
    }

    // MARK: Inbox

    @Test func inboxMarksNewRemindersAndOffersToReadThemAll() throws {
        let html = InboxPage.render(InboxModel(slug: Fixture.slug, entries: F.inbox, page: 1, pageCount: 2), shell: Self.shell("Inbox"))
        try assertSnapshot(html, named: "full", suite: "InboxPage")
    }

    @Test func emptyInboxSaysWhenRemindersArrive() throws {
        let html = InboxPage.render(InboxModel(slug: Fixture.slug, entries: [], page: 1, pageCount: 1), shell: Self.shell("Inbox", notice: "Marked “" + Fixture.markup + "” as read."))
        try assertSnapshot(html, named: "empty", suite: "InboxPage")
    }

    // MARK: Settings, deliveries, calendar

    @Test func settingsShowTheFormTheErrorAndTheWebhookSecret() throws {
        let html = NurtureSettingsPage.render(NurtureSettingsModel(slug: Fixture.slug, form: F.settingsWithError, secret: F.secret), shell: Self.shell("Nurture settings"))
        try assertSnapshot(html, named: "errors", suite: "NurtureSettingsPage")
    }

    @Test func deliveriesShowEachStateAndTheNextTry() throws {
        let html = DeliveriesPage.render(DeliveriesModel(slug: Fixture.slug, webhookURL: F.webhookURL, rows: F.deliveries, page: 1, pageCount: 2), shell: Self.shell("Webhook deliveries"))
        try assertSnapshot(html, named: "full", suite: "DeliveriesPage")
    }

    @Test func noWebhookAndNoDeliveries() throws {
        let html = DeliveriesPage.render(DeliveriesModel(slug: Fixture.slug, webhookURL: nil, rows: [], page: 1, pageCount: 1), shell: Self.shell("Webhook deliveries", notice: "The webhook URL “" + Fixture.markup + "” was removed."))
        try assertSnapshot(html, named: "empty", suite: "DeliveriesPage")
    }

    @Test func calendarFeedForSomeoneNotOnThePeopleList() throws {
        let html = CalendarFeedPage.render(CalendarFeedModel(slug: Fixture.slug, hasFeed: false, prefix: nil, lastUsed: nil, newAddress: nil, personName: nil), shell: Self.shell("My calendar feed", notice: "The feed starting rbwcal_7Hq2" + Fixture.markup + " was turned off."))
        try assertSnapshot(html, named: "none", suite: "CalendarFeedPage")
    }

    @Test func newCalendarFeedShowsItsAddressOnce() throws {
        let html = CalendarFeedPage.render(CalendarFeedModel(slug: Fixture.slug, hasFeed: true, prefix: "rbwcal_7Hq2", lastUsed: nil, newAddress: F.feedAddress,
                                           personName: "Ana Ruiz"), shell: Self.shell("My calendar feed", notice: "Your feed is ready."))
        try assertSnapshot(html, named: "new", suite: "CalendarFeedPage")
    }

    @Test func calendarFeedSaysWhenItWasLastRead() throws {
        let html = CalendarFeedPage.render(CalendarFeedModel(slug: Fixture.slug, hasFeed: true, prefix: "rbwcal_7Hq2" + Fixture.markup,
                                           lastUsed: Fixture.Moment.mondayEvening, newAddress: nil, personName: "Ana Ruiz"), shell: Self.shell("My calendar feed"))
        try assertSnapshot(html, named: "in-use", suite: "CalendarFeedPage")
    }
}

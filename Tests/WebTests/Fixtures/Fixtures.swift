import Domain
import Foundation
import Web

/// Fixed view models for the page snapshots: Riverbend Water, a regional water utility, with fixed ids,
/// dates and words, so every page renders the same on every run.
///
/// Id ranges: common pages 1–99, organizations 100s, journeys 200s, feedback 300s, Legitimize 400s,
/// initiatives 500s, Nurture 600s, accounts 700s.
enum Fixture {
    static let slug = "riverbend-water"
    static let organizationName = "Riverbend Water"

    /// Text that must come out escaped wherever a page shows it.
    static let markup = "<script>alert(1)</script> & \"quotes\""

    /// `00000000-0000-0000-0000-00000000000n`.
    static func id(_ number: Int) -> UUID {
        let digits = String(number)
        return UUID(uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
    }

    /// A calendar day written YYYY-MM-DD.
    static func day(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { preconditionFailure("not a date: \(text)") }
        return date
    }

    /// Moments used by the pages that show a time (all UTC).
    enum Moment {
        /// 2026-02-27T08:00:00Z
        static let friday = Date(timeIntervalSince1970: 1_772_179_200)
        /// 2026-03-01T07:12:00Z
        static let sunday = Date(timeIntervalSince1970: 1_772_349_120)
        /// 2026-03-02T17:05:00Z
        static let mondayEvening = Date(timeIntervalSince1970: 1_772_471_100)
        /// 2026-03-03T09:30:00Z
        static let tuesdayMorning = Date(timeIntervalSince1970: 1_772_530_200)
        /// 2026-03-03T09:31:30Z
        static let tuesdayMorningRetry = Date(timeIntervalSince1970: 1_772_530_290)
        /// 2026-03-03T09:45:00Z
        static let tuesdayLater = Date(timeIntervalSince1970: 1_772_531_100)
    }

    static let account = AccountNav(name: "Ana Ruiz")

    /// The navigation of an administrator of Riverbend Water with unread reminders.
    static func organization(current: String, canSeeAudit: Bool = true, unreadInbox: Int = 3) -> OrganizationNav {
        OrganizationNav(name: organizationName, slug: slug, current: current, canSeeAudit: canSeeAudit, unreadInbox: unreadInbox)
    }

    /// The frame of a page inside Riverbend Water, signed in as Ana Ruiz.
    static func shell(_ title: String, current: String, notice: String? = nil) -> PageShell {
        PageShell(title: title, organization: organization(current: current), account: account, notice: notice)
    }

    static func options<C: Choice>(_ type: C.Type) -> [FormField.Option] {
        type.options.map { FormField.Option($0.value, $0.label) }
    }
}

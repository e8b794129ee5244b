import Foundation

/// An organization's settings for the Nurture part of the loop.
public struct NurtureSettings: Sendable, Equatable, Encodable {
    /// Months after a conversation at which Align schedules a check-in.
    public var checkInMonths: [Int]
    /// Days before a check-in is due that its reminder goes out.
    public var reminderDaysBefore: Int
    /// More process changes than this on one touchpoint or segment within the window is change fatigue.
    public var fatigueLimit: Int
    public var fatigueWindowDays: Int
    /// Where reminders are also posted as signed JSON; nil for none.
    public var webhookURL: String?

    public init(checkInMonths: [Int] = [3, 6], reminderDaysBefore: Int = 2, fatigueLimit: Int = 3, fatigueWindowDays: Int = 90,
                webhookURL: String? = nil) {
        self.checkInMonths = checkInMonths
        self.reminderDaysBefore = reminderDaysBefore
        self.fatigueLimit = fatigueLimit
        self.fatigueWindowDays = fatigueWindowDays
        self.webhookURL = webhookURL
    }

    public static let `default` = NurtureSettings()

    /// "webhookUrl", so the API's snake_case keys read webhook_url like the input field.
    private enum CodingKeys: String, CodingKey {
        case checkInMonths, reminderDaysBefore, fatigueLimit, fatigueWindowDays
        case webhookURL = "webhookUrl"
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> NurtureSettings {
        var reader = FieldReader(input)
        let months = parseMonths(input.value("check_in_months") ?? "", &reader)
        let lead = reader.int("reminder_days_before", "Reminder days before", in: 0...30)
        let limit = reader.int("fatigue_limit", "Change fatigue limit", in: 1...100)
        let window = reader.int("fatigue_window_days", "Change fatigue window", in: 7...730)
        let url = reader.optionalText("webhook_url", "Webhook URL", maxLength: 2000)
        if !url.isEmpty && !isWebAddress(url) {
            reader.fail("webhook_url", "Webhook URL must start with http:// or https:// and name a host.")
        }
        try reader.finish()
        return NurtureSettings(checkInMonths: months, reminderDaysBefore: lead, fatigueLimit: limit, fatigueWindowDays: window,
                               webhookURL: url.nilIfEmpty)
    }

    /// "3, 6" or "3 6": whole months from 1 to 36, at most six, kept in order without repeats. Blank means no check-ins.
    static func parseMonths(_ text: String, _ reader: inout FieldReader) -> [Int] {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        var months: [Int] = []
        for part in parts {
            guard let month = Int(part), (1...36).contains(month) else {
                reader.fail("check_in_months", "Check-in months must be whole numbers from 1 to 36 separated by commas, like 3, 6.")
                return []
            }
            if !months.contains(month) { months.append(month) }
        }
        if months.count > 6 { reader.fail("check_in_months", "Name at most six check-ins.") }
        return months.sorted()
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    public var formInput: FormInput {
        .from([("check_in_months", checkInMonths.map(String.init).joined(separator: ", ")),
               ("reminder_days_before", String(reminderDaysBefore)), ("fatigue_limit", String(fatigueLimit)),
               ("fatigue_window_days", String(fatigueWindowDays)), ("webhook_url", webhookURL)])
    }

    /// The check-ins a conversation on `date` gets: (months after, due date).
    public func checkIns(after date: CalendarDate) -> [(months: Int, due: CalendarDate)] {
        checkInMonths.map { ($0, date.adding(months: $0)) }
    }
}

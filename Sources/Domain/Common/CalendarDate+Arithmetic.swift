import Foundation

extension CalendarDate {
    static let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    static let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    /// The date `dayNumber` days after 1970-01-01 (negative before it), kept within years 1 to 9999.
    public init(dayNumber: Int) {
        let dayNumber = min(max(dayNumber, CalendarDate.earliest.dayNumber), CalendarDate.latest.dayNumber)
        // Howard Hinnant's civil_from_days, the inverse of `dayNumber`.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = CalendarDate(year: year, month: month, day: day)!
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The same day `months` months later (or earlier), kept within the month: 31 January + 1 month is 28 or 29 February.
    /// Results before year 1 or after 9999 stop at the first or last day.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        if index < 12 { return CalendarDate.earliest }
        if index >= 10_000 * 12 { return CalendarDate.latest }
        let newYear = index / 12, newMonth = index % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.days(inMonth: newMonth, year: newYear)))!
    }

    /// Days from this date to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The Monday of this date's week (weeks start on Monday, as ISO 8601 has it).
    public var startOfWeek: CalendarDate {
        // 1970-01-01 was a Thursday: day 0 is weekday index 3 counting from Monday = 0.
        let weekday = ((dayNumber % 7) + 7 + 3) % 7
        return adding(days: -weekday)
    }

    /// Today in UTC.
    public static var today: CalendarDate { CalendarDate(Date()) }

    /// Midnight UTC at the start of this date.
    public var startDate: Date { Date(timeIntervalSince1970: TimeInterval(dayNumber) * 86_400) }
}

extension CalendarDate {
    /// The first day of this date's month: what a monthly figure is dated.
    public var firstOfMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
}

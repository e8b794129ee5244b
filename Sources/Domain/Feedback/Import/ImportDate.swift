import Foundation

/// How a file writes dates whose day and month are both numbers (03/04/2026): the order cannot be
/// read from the value, so the person importing says it.
public enum DateOrder: String, Choice {
    case dayMonthYear = "day-month-year"
    case monthDayYear = "month-day-year"

    public var label: String {
        switch self {
        case .dayMonthYear: "Day first (31/12/2026)"
        case .monthDayYear: "Month first (12/31/2026)"
        }
    }
}

/// A date read from an import: the calendar day as the file writes it, and the moment (UTC) when
/// the value has a time of day.
public struct ImportedDate: Sendable, Equatable {
    public let day: CalendarDate
    public let moment: Date?
}

/// Reads the dates of an import, strictly: YYYY-MM-DD with an optional time and offset, or day and
/// month as numbers in the order the settings name. A time without an offset is read in the
/// settings' zone; a time that zone skips or repeats is refused rather than moved.
public enum ImportDateReader {
    public static func read(_ raw: String, order: DateOrder?, zone: TimeZone) -> Result<ImportedDate, ImportDateError> {
        var scanner = DateScanner(Array(raw.utf8))
        guard let written = scanner.scan() else { return .failure(.notADate(raw)) }
        let day: (year: Int, month: Int, day: Int)
        switch written.date {
        case .yearFirst(let y, let m, let d): day = (y, m, d)
        case .numeric(let first, let second, let year):
            if first > 12, second > 12 { return .failure(.noSuchDay(raw)) }
            // 05/05/2026 reads the same either way.
            guard let order = order ?? (first == second ? .dayMonthYear : nil) else { return .failure(.orderNeeded(raw, first: first, second: second, year: year)) }
            day = order == .dayMonthYear ? (year, second, first) : (year, first, second)
            guard (1...12).contains(day.month) else { return .failure(.orderMismatch(raw, order)) }
        }
        guard let calendarDay = CalendarDate(year: day.year, month: day.month, day: day.day) else { return .failure(.noSuchDay(raw)) }
        guard let time = written.time else { return .success(ImportedDate(day: calendarDay, moment: nil)) }
        guard let seconds = time.secondsOfDay else { return .failure(.noSuchTime(raw)) }
        let local = Double(calendarDay.dayNumber * 86_400 + seconds) + time.fraction
        if let offset = time.offsetSeconds {
            return .success(ImportedDate(day: calendarDay, moment: Date(timeIntervalSince1970: local - Double(offset))))
        }
        switch moments(local, in: zone) {
        case .one(let moment): return .success(ImportedDate(day: calendarDay, moment: moment))
        case .none: return .failure(.skipped(raw, zone))
        case .two(let offsets): return .failure(.repeated(raw, zone, offsets))
        }
    }

    /// A time as TheyDo's formats require it: `YYYY-MM-DDTHH:MM[:SS[.fraction]]Z`, a real day and time, in UTC.
    public static func isUTCMoment(_ raw: String) -> Bool {
        guard raw.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/) != nil,
              case .success(let read) = read(raw, order: nil, zone: .gmt) else { return false }
        return read.moment != nil
    }

    enum Moments { case none, one(Date), two([Int]) }

    /// The instants whose wall-clock time in `zone` is `local` (seconds since 1970 as if in UTC):
    /// none in a gap the clocks skip, two in an hour they repeat.
    static func moments(_ local: Double, in zone: TimeZone) -> Moments {
        let offsets = Set([-86_400.0, 86_400.0].map { zone.secondsFromGMT(for: Date(timeIntervalSince1970: local + $0)) })
        let valid = offsets.sorted(by: >).filter { offset in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(offset))) == offset
        }
        switch valid.count {
        case 0: return .none
        case 1: return .one(Date(timeIntervalSince1970: local - Double(valid[0])))
        default: return .two(valid)
        }
    }
}

/// Why a value is not a date an import takes, in words that say what to do.
public enum ImportDateError: Error, Sendable, Equatable {
    case notADate(String)
    case orderNeeded(String, first: Int, second: Int, year: Int)
    case orderMismatch(String, DateOrder)
    case noSuchDay(String)
    case noSuchTime(String)
    case skipped(String, TimeZone)
    case repeated(String, TimeZone, [Int])

    public var reason: String {
        switch self {
        case .notADate(let raw):
            "“\(ImportRowMapper.clip(raw))” is not a date; write YYYY-MM-DD, optionally with a time (YYYY-MM-DD HH:MM:SS) and an offset (Z or +02:00)."
        case .orderNeeded(let raw, let first, _, _) where first > 12:
            "“\(raw)” puts the day first; set the date order to day first."
        case .orderNeeded(let raw, _, let second, _) where second > 12:
            "“\(raw)” puts the month first; set the date order to month first."
        case .orderNeeded(let raw, let first, let second, let year):
            "“\(raw)” could be \(Self.spoken(first, second, year)) or \(Self.spoken(second, first, year)); set the date order (day first or month first)."
        case .orderMismatch(let raw, let order):
            "“\(raw)” does not fit the date order “\(order.label)”: it has no month 1–12 where the order puts the month."
        case .noSuchDay(let raw): "“\(raw)” is not a day in the calendar."
        case .noSuchTime(let raw): "“\(raw)” has a time of day that does not exist."
        case .skipped(let raw, let zone):
            "“\(raw)” never happened in \(zone.identifier): the clocks skipped that time. Write it with its offset (e.g. +02:00)."
        case .repeated(let raw, let zone, let offsets):
            "“\(raw)” happened twice in \(zone.identifier), when the clocks went back. Write it with its offset (\(offsets.map(Self.offset).joined(separator: " or ")))."
        }
    }

    static func spoken(_ day: Int, _ month: Int, _ year: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(names[month - 1]) \(year)"
    }

    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}

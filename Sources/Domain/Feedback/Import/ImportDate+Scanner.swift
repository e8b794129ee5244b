import Foundation

/// The parts of a date as written, before they are checked against the calendar and a zone.
struct DateScanner {
    enum WrittenDate: Equatable {
        case yearFirst(Int, Int, Int)
        /// Day and month as numbers in an order the value does not say, then the year.
        case numeric(Int, Int, Int)
    }

    struct WrittenTime: Equatable {
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        /// "am" or "pm" read as `a` or `p`.
        var meridiem: UInt8?
        var offsetSeconds: Int?

        /// Seconds since midnight; nil for a time no clock shows (25:00, 13 pm, 10:61).
        var secondsOfDay: Int? {
            guard (0...59).contains(minute), (0...59).contains(second) else { return nil }
            var hour = self.hour
            if let meridiem {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0)
            }
            guard (0...23).contains(hour) else { return nil }
            return hour * 3600 + minute * 60 + second
        }
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The whole value as a date and an optional time; nil when anything is left over or missing.
    mutating func scan() -> (date: WrittenDate, time: WrittenTime?)? {
        guard let date = scanDate() else { return nil }
        if index == bytes.count { return (date, nil) }
        if peek == UInt8(ascii: "T") || peek == UInt8(ascii: "t"), case .yearFirst = date { index += 1 } else if peek == UInt8(ascii: " ") { skipSpaces() } else { return nil }
        guard var time = scanTime() else { return nil }
        skipSpaces()
        if let meridiem = scanMeridiem() { time.meridiem = meridiem; skipSpaces() }
        if index < bytes.count {
            guard let offset = scanOffset() else { return nil }
            time.offsetSeconds = offset
        }
        return index == bytes.count ? (date, time) : nil
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpaces() { while peek == UInt8(ascii: " ") { index += 1 } }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Between `least` and `most` ASCII digits.
    private mutating func number(_ least: Int, _ most: Int) -> Int? {
        var value = 0, count = 0
        while count < most, let byte = peek, (48...57).contains(byte) {
            value = value * 10 + Int(byte - 48)
            count += 1
            index += 1
        }
        return count >= least ? value : nil
    }

    private mutating func scanDate() -> WrittenDate? {
        let start = index
        if let year = number(4, 4), let separator = peek, [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(separator) {
            index += 1
            guard let month = number(1, 2), take(separator), let day = number(1, 2) else { return nil }
            return .yearFirst(year, month, day)
        }
        index = start
        guard let first = number(1, 2), let separator = peek, [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(separator) else { return nil }
        index += 1
        guard let second = number(1, 2), take(separator), let year = number(4, 4) else { return nil }
        return .numeric(first, second, year)
    }

    private mutating func scanTime() -> WrittenTime? {
        var time = WrittenTime()
        guard let hour = number(1, 2), take(UInt8(ascii: ":")), let minute = number(2, 2) else { return nil }
        (time.hour, time.minute) = (hour, minute)
        guard take(UInt8(ascii: ":")) else { return time }
        guard let second = number(2, 2) else { return nil }
        time.second = second
        if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
            let start = index
            guard let digits = number(1, 9) else { return nil }
            time.fraction = Double(digits) / pow(10, Double(index - start))
        }
        return time
    }

    private mutating func scanMeridiem() -> UInt8? {
        guard index + 1 < bytes.count else { return nil }
        let first = bytes[index] | 0x20, second = bytes[index + 1] | 0x20
        guard first == UInt8(ascii: "a") || first == UInt8(ascii: "p"), second == UInt8(ascii: "m") else { return nil }
        index += 2
        return first
    }

    /// Z, UTC, GMT, or ±HH, ±HHMM, ±HH:MM (RFC 3339 allows up to 23:59).
    private mutating func scanOffset() -> Int? {
        let rest = bytes[index...]
        for word in ["Z", "z", "UTC", "GMT"] where rest.elementsEqual(word.utf8) {
            index = bytes.count
            return 0
        }
        guard let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        index += 1
        guard let hours = number(2, 2), hours <= 23 else { return nil }
        var minutes = 0
        if index < bytes.count {
            _ = take(UInt8(ascii: ":"))
            guard let value = number(2, 2), value < 60 else { return nil }
            minutes = value
        }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}

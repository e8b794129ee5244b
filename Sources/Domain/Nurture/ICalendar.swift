import Foundation

/// Writes an iCalendar (RFC 5545) feed of all-day events, for calendar apps to subscribe to.
public enum ICalendar {
    public struct Event: Sendable, Equatable {
        /// Stable across feeds, so an app updates the event rather than adding another.
        public let uid: String
        public let date: CalendarDate
        public let summary: String
        public let description: String
        public let url: String?
        public let cancelled: Bool

        public init(uid: String, date: CalendarDate, summary: String, description: String = "", url: String? = nil, cancelled: Bool = false) {
            self.uid = uid
            self.date = date
            self.summary = summary
            self.description = description
            self.url = url
            self.cancelled = cancelled
        }
    }

    /// The whole feed; lines end in CRLF and are folded at 75 octets as the standard asks.
    public static func feed(name: String, events: [Event], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Align//Nurture check-ins//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name)]
        let stampText = timestamp(stamp)
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(event.uid))
            lines.append("DTSTAMP:" + stampText)
            lines.append("DTSTART;VALUE=DATE:" + basic(event.date))
            lines.append("DTEND;VALUE=DATE:" + basic(event.date.adding(days: 1)))
            lines.append("SUMMARY:" + escape(event.summary))
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + escape(event.description)) }
            if let url = event.url { lines.append("URL:" + url.filter { !$0.isNewline }) }
            lines.append("STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"))
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values escape backslash, semicolon and comma, and write line breaks as \n.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default:
                // Other control characters are not allowed in TEXT.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) || character == "\t" { out.append(character) }
            }
        }
        return out
    }

    /// Splits a content line into lines of at most 75 octets, each continuation starting with a space,
    /// never inside a UTF-8 sequence (between Unicode scalars, as unfolding joins the octets back).
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var currentBytes = 0
        for character in line.unicodeScalars {
            let bytes = String(character).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if currentBytes + bytes > limit {
                parts.append(current)
                current = ""
                currentBytes = 0
            }
            current.unicodeScalars.append(character)
            currentBytes += bytes
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    static func basic(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.dayNumber * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return basic(day) + "T" + two(inDay / 3600) + two(inDay / 60 % 60) + two(inDay % 60) + "Z"
    }
}

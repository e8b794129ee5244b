import Foundation
import Testing
@testable import Domain

@Suite("iCalendar feed")
struct ICalendarTests {
    /// 2026-11-29T17:44:09Z
    let stamp = Date(timeIntervalSince1970: 1_795_974_249)
    let longSummary = "Check in with Zoë Müller at Hillside Farm — “how do things feel now?” 👩‍🌾👍🏽 "
        + String(repeating: "élan, ", count: 20)

    func event(_ summary: String = "Check in: Hillside Farm", date: CalendarDate = CalendarDate(year: 2026, month: 12, day: 31)!,
               description: String = "", url: String? = nil, cancelled: Bool = false) -> ICalendar.Event {
        ICalendar.Event(uid: "check-in-1@align", date: date, summary: summary, description: description, url: url, cancelled: cancelled)
    }

    func feed(_ events: [ICalendar.Event], name: String = "Align check-ins") -> String {
        ICalendar.feed(name: name, events: events, stamp: stamp)
    }

    /// The content lines after unfolding.
    func lines(_ feed: String) -> [String] {
        feed.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    /// Physical lines as raw bytes, split at CRLF.
    func physicalLines(_ text: String) -> [[UInt8]] {
        var result: [[UInt8]] = [[]]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                result.append([])
                index += 2
            } else {
                result[result.count - 1].append(bytes[index])
                index += 1
            }
        }
        return result
    }

    @Test func theFeedIsWrappedInACalendarAndEndsInCRLF() {
        let text = feed([event()])
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("\r\nEND:VCALENDAR\r\n"))
        #expect(lines(text).contains("BEGIN:VEVENT") && lines(text).contains("END:VEVENT"))
    }

    @Test func everyLineEndsInCRLFWithNoBareBreaks() {
        let text = feed([event(longSummary, description: "Line one\nLine two\r\nLine three")])
        let physical = physicalLines(text)
        #expect(physical.last == [], "the feed ends with CRLF")
        #expect(physical.allSatisfy { !$0.contains(10) && !$0.contains(13) })
    }

    @Test func everyPhysicalLineIsAtMost75Octets() {
        let text = feed([event(longSummary, description: String(repeating: "Gießen ☕️, ", count: 40), url: "https://align.example/" + String(repeating: "p", count: 120))],
                        name: String(repeating: "Calendar ", count: 12))
        #expect(physicalLines(text).allSatisfy { $0.count <= 75 })
        #expect(physicalLines(text).contains { $0.count > 70 }, "long lines were folded near the limit, not short")
    }

    @Test func unfoldingRestoresTheEscapedValues() {
        let description = String(repeating: "Ask; listen, then write back.\n", count: 6)
        let unfolded = lines(feed([event(longSummary, description: description)]))
        #expect(unfolded.contains("SUMMARY:" + ICalendar.escape(longSummary)))
        #expect(unfolded.contains("DESCRIPTION:" + ICalendar.escape(description)))
    }

    @Test func shortLinesAreNotFolded() {
        let exactly75 = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(exactly75.utf8.count == 75)
        #expect(ICalendar.fold(exactly75) == exactly75)
        #expect(ICalendar.fold("UID:1") == "UID:1")
    }

    @Test func foldingStartsContinuationsWithASpace() {
        let line = String(repeating: "x", count: 76)
        #expect(ICalendar.fold(line) == String(repeating: "x", count: 75) + "\r\n x")
        let long = String(repeating: "y", count: 75 + 74 + 10)
        #expect(ICalendar.fold(long) == String(repeating: "y", count: 75) + "\r\n " + String(repeating: "y", count: 74) + "\r\n " + String(repeating: "y", count: 10))
    }

    @Test(arguments: [String(repeating: "é", count: 100), String(repeating: "👍", count: 40), String(repeating: "a€", count: 50),
                      "x" + String(repeating: "日本", count: 60), String(repeating: "👩‍🌾", count: 12)])
    func foldingNeverSplitsAUTF8SequenceAndUnfoldsToTheOriginal(line: String) {
        let folded = ICalendar.fold(line)
        for piece in physicalLines(folded) {
            #expect(piece.count <= 75)
            #expect(Array(String(decoding: piece, as: UTF8.self).utf8) == piece, "each piece is whole UTF-8")
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func foldingBreaksBeforeACharacterThatWouldNotFit() {
        let folded = ICalendar.fold(String(repeating: "é", count: 100))
        #expect(physicalLines(folded).map(\.count) == [74, 75, 53], "37 two-byte characters, then a space and 37, then a space and 26")
        let emoji = ICalendar.fold(String(repeating: "👍", count: 30))
        #expect(physicalLines(emoji).map(\.count) == [72, 49], "18 four-byte characters fit on the first line, the other 12 on the next")
    }

    @Test func escapingCoversBackslashSemicolonCommaAndNewlines() {
        #expect(ICalendar.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendar.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendar.escape("tab\there\u{07}bell\u{7F}") == "tab\there" + "bell")
        #expect(ICalendar.escape("Zoë: “fine”") == "Zoë: “fine”")
    }

    @Test func allDayEventsEndTheDayAfter() {
        let unfolded = lines(feed([event()]))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261231"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20270101"))
        let leap = lines(feed([event(date: CalendarDate(year: 2028, month: 2, day: 28)!)]))
        #expect(leap.contains("DTEND;VALUE=DATE:20280229"))
    }

    @Test func statusIsConfirmedOrCancelled() {
        #expect(lines(feed([event()])).contains("STATUS:CONFIRMED"))
        #expect(lines(feed([event(cancelled: true)])).contains("STATUS:CANCELLED"))
        #expect(!lines(feed([event(cancelled: true)])).contains("STATUS:CONFIRMED"))
    }

    @Test func optionalPropertiesAppearOnlyWhenGiven() {
        let bare = lines(feed([event()]))
        #expect(!bare.contains { $0.hasPrefix("DESCRIPTION:") || $0.hasPrefix("URL:") })
        let full = lines(feed([event(description: "Call Lee", url: "https://align.example/check-ins/1\n")]))
        #expect(full.contains("DESCRIPTION:Call Lee"))
        #expect(full.contains("URL:https://align.example/check-ins/1"))
    }

    @Test func nameSummaryAndUIDAreEscaped() {
        let unfolded = lines(feed([event("Farms, north; south")], name: "Check-ins, Riverbend"))
        #expect(unfolded.contains(#"X-WR-CALNAME:Check-ins\, Riverbend"#))
        #expect(unfolded.contains(#"SUMMARY:Farms\, north\; south"#))
        #expect(unfolded.contains("UID:check-in-1@align"))
    }

    @Test func eachEventIsStampedInUTC() {
        let unfolded = lines(feed([event(), event("Second")]))
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(unfolded.filter { $0 == "DTSTAMP:20261129T174409Z" }.count == 2)
        #expect(lines(feed([])).filter { $0 == "BEGIN:VEVENT" }.isEmpty)
    }

    @Test func timestampsAreBasicFormatUTC() {
        #expect(ICalendar.timestamp(stamp) == "20261129T174409Z")
        #expect(ICalendar.timestamp(Date(timeIntervalSince1970: 0.9)) == "19700101T000000Z")
        #expect(ICalendar.timestamp(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
        #expect(ICalendar.timestamp(Date(timeIntervalSince1970: 20_786 * 86_400 - 1)) == "20261128T235959Z")
    }
}

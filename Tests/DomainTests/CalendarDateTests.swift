import Foundation
import Testing
import Domain

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test func parsesComponents() throws {
        let date = try #require(CalendarDate("2024-07-09"))
        #expect(date.year == 2024)
        #expect(date.month == 7)
        #expect(date.day == 9)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31", "2023-04-30"])
    func validDatesRoundTripThroughDescription(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10",
                      "2024-01-00", "0000-01-01", "2024-1-01", "2024-01-1", "24-01-01", "2024-01-01-01",
                      "2024/01/01", "", "abcd-ef-gh", "2024-01-01 "])
    func invalidTextIsRejected(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func memberwiseInitValidates() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 6, day: 31) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 12, day: 32) == nil)
    }

    @Test(arguments: [(5, 3, 7, "0005-03-07"), (123, 11, 30, "0123-11-30"), (2024, 1, 1, "2024-01-01"),
                      (2024, 10, 10, "2024-10-10")])
    func descriptionIsZeroPadded(year: Int, month: Int, day: Int, text: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.description == text)
        #expect("\(date)" == text)
    }

    @Test func orderingComparesYearThenMonthThenDay() throws {
        let texts = ["2024-02-01", "2023-12-31", "2024-01-31", "2024-02-10", "2024-01-01"]
        let dates = try texts.map { try #require(CalendarDate($0)) }
        #expect(dates.sorted().map(\.description)
                == ["2023-12-31", "2024-01-01", "2024-01-31", "2024-02-01", "2024-02-10"])
        let earlier = try #require(CalendarDate("2024-03-09"))
        let later = try #require(CalendarDate("2024-03-10"))
        #expect(earlier < later)
        #expect(!(later < earlier))
        #expect(!(earlier < earlier))
    }

    @Test func equalityAndHashing() throws {
        let a = try #require(CalendarDate("2024-05-06"))
        let b = try #require(CalendarDate(year: 2024, month: 5, day: 6))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
    }

    private struct Box: Codable, Equatable {
        var date: CalendarDate
    }

    @Test func codableRoundTripUsesText() throws {
        let box = Box(date: try #require(CalendarDate("2024-02-29")))
        let data = try JSONEncoder().encode(box)
        #expect(String(decoding: data, as: UTF8.self) == #"{"date":"2024-02-29"}"#)
        #expect(try JSONDecoder().decode(Box.self, from: data) == box)
    }

    @Test(arguments: [#"{"date":"2023-02-29"}"#, #"{"date":"29/02/2024"}"#, #"{"date":20240229}"#])
    func decodingRejectsBadText(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(json.utf8))
        }
    }

    @Test func decodingFailureIsDataCorruptedForBadText() {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"date":"2024-2-1"}"#.utf8))
        }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("Expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription == "Expected YYYY-MM-DD")
        #expect(context.codingPath.map(\.stringValue) == ["date"])
    }
}

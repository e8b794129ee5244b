import Foundation
import Testing
@testable import Domain

@Suite("CalendarDate arithmetic")
struct CalendarArithmeticTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func dayNumberZeroIsTheFirstOfJanuary1970() {
        #expect(CalendarDate(dayNumber: 0) == day("1970-01-01"))
        #expect(CalendarDate(dayNumber: -1) == day("1969-12-31"))
        #expect(CalendarDate(dayNumber: 1) == day("1970-01-02"))
    }

    @Test(arguments: [("2000-02-29", 11_016), ("2024-02-29", 19_782), ("2026-11-29", 20_786), ("1900-03-01", -25_508),
                      ("0001-01-01", -719_162), ("9999-12-31", 2_932_896)])
    func dayNumbersMatchKnownValues(text: String, number: Int) {
        #expect(day(text).dayNumber == number)
        #expect(CalendarDate(dayNumber: number) == day(text))
    }

    @Test func initFromDayNumberInvertsDayNumberOverCenturies() {
        for number in stride(from: -150_000, through: 150_000, by: 97) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test func consecutiveDayNumbersAreConsecutiveDates() {
        var previous = CalendarDate(dayNumber: day("2023-12-25").dayNumber)
        for number in (day("2023-12-26").dayNumber)...(day("2025-01-05").dayNumber) {
            let next = CalendarDate(dayNumber: number)
            #expect(previous < next)
            #expect(previous.days(to: next) == 1)
            previous = next
        }
    }

    @Test(arguments: [("2024-02-28", 1, "2024-02-29"), ("2024-02-28", 2, "2024-03-01"), ("2023-02-28", 1, "2023-03-01"),
                      ("2026-12-31", 1, "2027-01-01"), ("2027-01-01", -1, "2026-12-31"), ("2024-01-01", 365, "2024-12-31"),
                      ("2026-11-29", 0, "2026-11-29"), ("2026-03-01", -1, "2026-02-28")])
    func addingDaysCrossesMonthsYearsAndLeapDays(start: String, days: Int, expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
    }

    @Test(arguments: [("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", 1, "2026-04-30"),
                      ("2026-08-31", 6, "2027-02-28"), ("2024-02-29", 12, "2025-02-28"), ("2026-03-31", -1, "2026-02-28")])
    func addingMonthsClampsToTheEndOfTheMonth(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }

    @Test(arguments: [("2026-11-15", 3, "2027-02-15"), ("2026-01-15", -1, "2025-12-15"), ("2026-05-10", 0, "2026-05-10"),
                      ("2026-05-10", 24, "2028-05-10"), ("2026-05-10", -17, "2024-12-10")])
    func addingMonthsKeepsTheDayWhenItExists(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }

    @Test func addingMonthsDoesNotAccumulateClamping() {
        // Adding 2 months at once keeps the 31st; adding 1 twice goes through February.
        #expect(day("2026-01-31").adding(months: 2) == day("2026-03-31"))
        #expect(day("2026-01-31").adding(months: 1).adding(months: 1) == day("2026-03-28"))
    }

    @Test func daysToCountsSignedDifference() {
        #expect(day("2026-01-01").days(to: day("2026-12-31")) == 364)
        #expect(day("2026-12-31").days(to: day("2026-01-01")) == -364)
        #expect(day("2024-02-28").days(to: day("2024-03-01")) == 2)
        #expect(day("2026-06-15").days(to: day("2026-06-15")) == 0)
        #expect(day("1969-12-01").days(to: day("1970-01-31")) == 61)
    }

    @Test func daysToAgreesWithAddingDays() {
        let start = day("2025-10-20")
        for offset in [-400, -31, -1, 0, 1, 59, 366, 1000] {
            #expect(start.days(to: start.adding(days: offset)) == offset)
        }
    }

    @Test func startOfWeekIsMonday() {
        // 23 to 29 November 2026 runs Monday to Sunday.
        for text in ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"] {
            #expect(day(text).startOfWeek == day("2026-11-23"), "\(text)")
        }
        #expect(day("2026-11-30").startOfWeek == day("2026-11-30"))
    }

    @Test func startOfWeekWorksBefore1970() {
        #expect(day("1970-01-01").startOfWeek == day("1969-12-29"), "1 January 1970 was a Thursday")
        #expect(day("1969-12-31").startOfWeek == day("1969-12-29"))
        #expect(day("1969-12-28").startOfWeek == day("1969-12-22"), "a Sunday belongs to the week before")
        #expect(day("1900-03-01").startOfWeek == day("1900-02-26"))
    }

    @Test func startOfWeekCrossesMonthAndYear() {
        #expect(day("2024-02-29").startOfWeek == day("2024-02-26"))
        #expect(day("2027-01-01").startOfWeek == day("2026-12-28"))
    }

    @Test func startDateIsMidnightUTC() {
        #expect(day("1970-01-01").startDate == Date(timeIntervalSince1970: 0))
        #expect(day("1970-01-02").startDate == Date(timeIntervalSince1970: 86_400))
        #expect(day("2026-11-29").startDate == Date(timeIntervalSince1970: 20_786 * 86_400))
        #expect(CalendarDate(day("2026-11-29").startDate) == day("2026-11-29"))
        #expect(CalendarDate(day("2026-11-29").startDate.addingTimeInterval(86_399)) == day("2026-11-29"))
    }
}

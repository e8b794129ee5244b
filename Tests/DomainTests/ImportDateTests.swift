import Domain
import Foundation
import Testing

/// Dates an import takes and refuses: the time kept, the zone of times without an offset set by the
/// import (UTC by default), day and month read in the order the import names, nothing guessed.
@Suite struct ImportDateTests {
    static let utc = TimeZone(identifier: "UTC")!, berlin = TimeZone(identifier: "Europe/Berlin")!

    static func read(_ raw: String, order: DateOrder? = nil, zone: TimeZone = utc) -> Result<ImportedDate, ImportDateError> {
        ImportDateReader.read(raw, order: order, zone: zone)
    }

    static func moment(_ iso: String) -> Date { try! Date(iso, strategy: .iso8601) }

    static func reason(_ result: Result<ImportedDate, ImportDateError>) -> String? {
        if case .failure(let error) = result { return error.reason }
        return nil
    }

    @Test func aDateAloneHasNoTime() throws {
        let read = try Self.read("2026-03-01").get()
        #expect(read.day.description == "2026-03-01")
        #expect(read.moment == nil)
    }

    @Test(arguments: [("2026-03-01 10:22:33", "2026-03-01T10:22:33Z"), ("2026-03-01T10:22", "2026-03-01T10:22:00Z"),
                      ("2026-03-01T10:22:33Z", "2026-03-01T10:22:33Z"), ("2026-03-01T10:22:33+02:00", "2026-03-01T08:22:33Z"),
                      ("2026-03-01 10:22:33 -0530", "2026-03-01T15:52:33Z"), ("2026-03-01 10:22 UTC", "2026-03-01T10:22:00Z"),
                      ("2026-03-01 1:05 PM", "2026-03-01T13:05:00Z"), ("2026-03-01 12:05 am", "2026-03-01T00:05:00Z"),
                      ("2026/03/01 10:22:33", "2026-03-01T10:22:33Z")])
    func theTimeIsKept(_ raw: String, _ expected: String) throws {
        let read = try Self.read(raw).get()
        #expect(read.moment == Self.moment(expected), "\(raw)")
        #expect(read.day.description == "2026-03-01")
    }

    @Test func fractionsOfASecondAreKept() throws {
        let read = try Self.read("2026-03-01T10:22:33.250Z").get()
        #expect(read.moment?.timeIntervalSince1970 == Self.moment("2026-03-01T10:22:33Z").timeIntervalSince1970 + 0.25)
    }

    @Test func aTimeWithoutAnOffsetIsReadInTheImportsZone() throws {
        #expect(try Self.read("2026-01-15 09:00", zone: Self.berlin).get().moment == Self.moment("2026-01-15T08:00:00Z"))
        #expect(try Self.read("2026-07-15 09:00", zone: Self.berlin).get().moment == Self.moment("2026-07-15T07:00:00Z"))
        // An offset in the value wins over the zone.
        #expect(try Self.read("2026-07-15 09:00 Z", zone: Self.berlin).get().moment == Self.moment("2026-07-15T09:00:00Z"))
    }

    @Test func theDayIsTheOneWrittenEvenWhenUTCIsAnotherDay() throws {
        let read = try Self.read("2026-03-01 00:30", zone: Self.berlin).get()
        #expect(read.day.description == "2026-03-01")
        #expect(read.moment == Self.moment("2026-02-28T23:30:00Z"))
    }

    @Test func aTimeTheClocksSkipIsRefused() {
        let reason = Self.reason(Self.read("2026-03-29 02:30", zone: Self.berlin))
        #expect(reason?.contains("never happened in Europe/Berlin") == true, "\(reason ?? "accepted")")
    }

    @Test func aTimeTheClocksRepeatIsRefusedNamingBothOffsets() throws {
        let reason = Self.reason(Self.read("2026-10-25 02:30", zone: Self.berlin))
        #expect(reason?.contains("happened twice in Europe/Berlin") == true, "\(reason ?? "accepted")")
        #expect(reason?.contains("+02:00 or +01:00") == true, "\(reason ?? "accepted")")
        #expect(try Self.read("2026-10-25 02:30+01:00", zone: Self.berlin).get().moment == Self.moment("2026-10-25T01:30:00Z"))
    }

    @Test func ambiguousDayAndMonthNeedAnOrder() throws {
        #expect(Self.reason(Self.read("03/04/2026")) == "“03/04/2026” could be 3 April 2026 or 4 March 2026; set the date order (day first or month first).")
        #expect(Self.reason(Self.read("25/03/2026")) == "“25/03/2026” puts the day first; set the date order to day first.")
        #expect(Self.reason(Self.read("03/25/2026")) == "“03/25/2026” puts the month first; set the date order to month first.")
        // Equal day and month read the same either way.
        #expect((try? Self.read("05/05/2026").get())?.day.description == "2026-05-05")
    }

    @Test func theOrderSetReadsDayAndMonth() throws {
        #expect(try Self.read("03/04/2026", order: .dayMonthYear).get().day.description == "2026-04-03")
        #expect(try Self.read("03/04/2026", order: .monthDayYear).get().day.description == "2026-03-04")
        #expect(try Self.read("3.4.2026 14:05", order: .dayMonthYear).get().moment == Self.moment("2026-04-03T14:05:00Z"))
        #expect(try Self.read("12/31/2025 10:22:33 PM", order: .monthDayYear).get().moment == Self.moment("2025-12-31T22:22:33Z"))
        let reason = Self.reason(Self.read("25/03/2026", order: .monthDayYear))
        #expect(reason?.contains("does not fit the date order") == true, "\(reason ?? "accepted")")
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "31/31/2026"])
    func daysNotInTheCalendarAreRefused(_ raw: String) {
        #expect(Self.reason(Self.read(raw, order: .dayMonthYear)) == "“\(raw)” is not a day in the calendar.")
    }

    @Test(arguments: ["2026-03-01 24:00", "2026-03-01 10:60", "2026-03-01 10:22:60", "2026-03-01 13:00 PM", "2026-03-01 0:10 am"])
    func timesNoClockShowsAreRefused(_ raw: String) {
        #expect(Self.reason(Self.read(raw)) == "“\(raw)” has a time of day that does not exist.")
    }

    @Test(arguments: ["1 March 2026", "2026-03-01 garbage", "20260301", "26-03-01", "2026-03-01T", "2026-03-01 10", "+2026-03-01",
                      "2026-03-01 10:22+25:00", "01/03/26", "2026-03-01 10:22:33.", "２０２６-03-01", "2026-03-01\t10:22", "2026-03-01T10:22:33 Z x"])
    func otherWritingsAreNotGuessedAt(_ raw: String) {
        let reason = Self.reason(Self.read(raw, order: .dayMonthYear))
        #expect(reason?.hasPrefix("“") == true && reason?.contains("is not a date; write YYYY-MM-DD") == true, "\(raw): \(reason ?? "accepted")")
    }

    @Test func theSettingsNameTheZoneAndOrder() throws {
        let settings = try ImportSettings.fromArguments(format: .csv, headerRow: 1, firstDataRow: nil, maps: ["text=c", "date=d"], labels: [],
                                                        source: .survey, timeZone: "Europe/Berlin", dateOrder: "day-month-year")
        #expect(settings.zone.identifier == "Europe/Berlin")
        #expect(settings.dateOrder == .dayMonthYear)
        #expect(ImportSettings().timeZone == nil && ImportSettings().zone.secondsFromGMT() == 0)
        do {
            _ = try ImportSettings.fromArguments(format: .csv, headerRow: 1, firstDataRow: nil, maps: ["text=c"], labels: [], source: .survey,
                                                 timeZone: "Mars/Olympus", dateOrder: "year-day-month")
            Issue.record("an unknown zone and order were accepted")
        } catch {
            #expect(Set(error.errors.map(\.field)) == ["time_zone", "date_order"])
            #expect(error.errors.contains { $0.message == "“Mars/Olympus” is not a time zone; write a name like Europe/Berlin, America/New_York or UTC." })
        }
    }

    @Test func aRowKeepsItsTimeAndIsRefusedWithLineAndColumnWhenTheDateIsWrong() throws {
        let settings = ImportSettings(columns: [.text: "comment", .date: "when"], timeZone: "Europe/Berlin")
        let rows = try ImportRulesTests.read("comment,when\nFine,2026-07-15 09:00\nLate,03/04/2026\n", settings)
        #expect(ImportRulesTests.stored(rows[0])?.occurredAt == Self.moment("2026-07-15T07:00:00Z"))
        #expect(ImportRulesTests.stored(rows[0])?.date?.description == "2026-07-15")
        let rejection = try #require(ImportRulesTests.rejection(rows[1]))
        #expect(rejection.location == "line 3, column when")
        #expect(rejection.reason.contains("could be 3 April 2026 or 4 March 2026"))
    }
}

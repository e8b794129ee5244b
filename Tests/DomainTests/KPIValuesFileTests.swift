@testable import Domain
import Foundation
import Testing

/// KPI values read from a CSV or from TheyDo's `THEYDO_METRICS_V1` JSON: every problem named by line and
/// column, or by JSON path, and nothing trimmed or guessed.
@Suite struct KPIValuesFileTests {
    typealias Row = KPIValuesFile.Row
    typealias Problem = KPIValuesProblems.Problem

    static func read(_ text: String) throws(KPIValuesProblems) -> KPIValuesFile {
        try KPIValuesFile.read(Array(text.utf8))
    }

    /// The problems of a refused file; none when it was read.
    static func problems(_ text: String) -> [KPIValuesProblems.Problem] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.problems
        }
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func aCSVGivesOneRowPerRecordWithItsLine() throws {
        let file = try Self.read("KPI,Period,Value,Dimension\nNPS,2026-01-31,42,region: north\nNPS,2026-02,-3.5,\nHandle time,2026-02-15,1.2e3,\n")
        #expect(file.format == .csv && file.metrics.isEmpty)
        #expect(file.rows == [
            Row(kpi: "NPS", period: Self.day("2026-01-31"), value: 42, dimension: "region: north", line: 2),
            Row(kpi: "NPS", period: Self.day("2026-02-01"), value: -3.5, dimension: nil, line: 3),
            Row(kpi: "Handle time", period: Self.day("2026-02-15"), value: 1200, dimension: nil, line: 4),
        ])
    }

    @Test func theDimensionColumnMayBeLeftOutAndColumnsComeInAnyOrder() throws {
        let file = try Self.read("value,kpi,period\r\n7,Churn,2026-03\r\n")
        #expect(file.rows == [Row(kpi: "Churn", period: Self.day("2026-03-01"), value: 7, line: 2)])
    }

    @Test func aMonthStandsForItsFirstDay() throws {
        let rows = try Self.read("kpi,period,value\nNPS,2024-02,1\nNPS,2024-12,2\n").rows
        #expect(rows.map(\.period) == [Self.day("2024-02-01"), Self.day("2024-12-01")])
    }

    @Test(arguments: ["2026-13", "2026/01", "2026-02-30", "26-01", "2026-1-01", "2026-+1-01", "January 2026", "2026-01-01T00:00:00Z"])
    func aPeriodNotWrittenAsADayOrMonthIsRefused(period: String) {
        let problems = Self.problems("kpi,period,value\nNPS,\(period),1\n")
        #expect(problems == [Problem(line: 2, column: "period", message: "“\(period)” is not a period: write a day as YYYY-MM-DD (2026-01-31) or a month as YYYY-MM (2026-01).")])
    }

    @Test func aMissingPeriodOrValueOrKPIIsRequired() {
        let problems = Self.problems("kpi,period,value\n,,\n")
        #expect(problems.map(\.column) == ["kpi", "period", "value"], "\(problems)")
        #expect(problems.allSatisfy { $0.line == 2 && $0.message.contains("required") })
    }

    @Test(arguments: ["-3.5", "42", "0", "1.2e6", "1E-3", "-0.25e+2"])
    func aPlainNumberIsAValue(value: String) throws {
        #expect(try Self.read("kpi,period,value\nNPS,2026-01,\(value)\n").rows.first?.value == Double(value)!)
    }

    @Test(arguments: ["inf", "nan", "Infinity", "0x10", "+5", ".5", "5.", "1e", "12%", "€5", "--1", "1 000"])
    func anythingElseIsNotANumberAndIsQuoted(value: String) {
        let problems = Self.problems("kpi,period,value\nNPS,2026-01,\(value)\n")
        #expect(problems.count == 1 && problems.first?.column == "value" && problems.first?.message.hasPrefix("“\(value)” is not a number") == true, "\(problems)")
    }

    @Test func aCommaInAValueIsNeverGuessedAt() {
        for value in ["1,5", "1,234", "1,234.5"] {
            let problems = Self.problems("kpi,period,value\nNPS,2026-01,\"\(value)\"\n")
            #expect(problems.count == 1 && problems.first?.message.contains("“\(value)”") == true && problems.first?.message.contains("point") == true, "\(problems)")
        }
    }

    @Test func aNumberTooLargeForADoubleIsRefused() {
        #expect(Self.problems("kpi,period,value\nNPS,2026-01,1e999\n").first?.message == "“1e999” is too large a number.")
    }

    @Test func spacesAroundAFieldAreRefusedNotTrimmed() {
        let problems = Self.problems("kpi,period,value,dimension\nNPS ,2026-01,1,\nNPS, 2026-01,1,\nNPS,2026-01, 12,\nNPS,2026-01,1,north \n")
        #expect(problems.map(\.line) == [2, 3, 4, 5] && problems.map(\.column) == ["kpi", "period", "value", "dimension"], "\(problems)")
        #expect(problems.allSatisfy { $0.message.contains("spaces") })
        #expect(problems.dropFirst(2).first?.message.hasPrefix("“ 12”") == true)
    }

    @Test func anUnknownColumnIsRefusedByName() {
        let problems = Self.problems("kpi,period,value,region\nNPS,2026-01,1,north\n")
        #expect(problems == [Problem(line: 1, column: "region", message: "Unknown column; the columns are kpi, period, value and dimension.")])
    }

    @Test func aColumnNameWithSpacesOrNoNameOrNamedTwiceIsRefused() {
        #expect(Self.problems("kpi, period,value\n").first?.message == "The name has spaces around it; write “period”.")
        #expect(Self.problems("kpi,period,value,\n").first?.message.hasPrefix("Column 4 has no name") == true)
        #expect(Self.problems("kpi,period,value,KPI\n").first?.message == "The column is named twice, as columns 1 and 4.")
    }

    @Test func aMissingColumnIsNamed() {
        let problems = Self.problems("kpi,value\nNPS,1\n")
        #expect(problems == [Problem(line: 1, message: "The header has no “period” column.")])
        #expect(problems.first?.description == "Line 1: The header has no “period” column.")
    }

    @Test func theSameKPIPeriodAndDimensionTwiceIsRefusedNamingBothLines() {
        let problems = Self.problems("kpi,period,value,dimension\nNPS,2026-01,1,\nNPS,2026-01,2,north\nNPS,2026-01-01,3,\n")
        #expect(problems.count == 1 && problems.first?.line == 4, "\(problems)")
        #expect(problems.first?.message.contains("Line 2") == true && problems.first?.message.contains("“NPS”") == true)
    }

    @Test func aRowOfTheWrongLengthIsRefused() {
        let problems = Self.problems("kpi,period,value\nNPS,2026-01,1,extra\nNPS,2026-02\n")
        #expect(problems.map(\.message) == ["This row has 4 fields; the header has 3.", "This row has 2 fields; the header has 3."])
    }

    @Test func anEmptyFileAHeaderAloneAndBrokenCSVAreRefused() {
        #expect(Self.problems("").first?.message.hasPrefix("The file is empty") == true)
        #expect(Self.problems("kpi,period,value\n").first?.message == "The file has no values after its header row.")
        #expect(Self.problems("kpi,period,value\nNPS,2026-01,\"1\n").first?.message.hasPrefix("The file is not readable CSV") == true)
    }

    @Test func everyProblemIsListedUpToFifty() {
        let text = "kpi,period,value\n" + (0..<60).map { "NPS,2026-01,x\($0)\n" }.joined()
        do {
            _ = try Self.read(text)
            Issue.record("a file of bad values was read")
        } catch {
            #expect(error.problems.count == 50 && error.omitted == 10 && error.problems.compactMap(\.line) == Array(2..<52))
            #expect(error.description.hasSuffix("… and 10 more."))
        }
    }
}

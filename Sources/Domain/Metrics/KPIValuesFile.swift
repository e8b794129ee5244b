import Foundation

/// KPI values read from a file: a CSV (`kpi,period,value[,dimension]`) or TheyDo's `THEYDO_METRICS_V1`
/// JSON (theydo/theydo-s3-integrations, `schemas/MetricsFile.schema.json`). A file with any problem is
/// refused whole, with every problem found (up to `KPIValuesProblems.limit`), so a person fixes the
/// file once rather than one line per upload.
public struct KPIValuesFile: Sendable {
    /// Which of the two formats the file was read as.
    public enum Format: String, Sendable, Equatable {
        case csv
        case theyDo = "THEYDO_METRICS_V1"
    }

    /// One value of one KPI for one period, optionally for one dimension of it.
    public struct Row: Sendable, Equatable {
        /// The KPI's name as the file writes it: the `kpi` column, or a TheyDo metric's `title`.
        public let kpi: String
        /// The day the value stands for; a CSV month (`2026-01`) is its first day, a TheyDo
        /// `dateOfMeasurement` is kept as given.
        public let period: CalendarDate
        public let value: Double
        /// "region: EMEA"; nil when the value is for the KPI as a whole.
        public let dimension: String?
        /// The 1-based CSV line; nil for TheyDo.
        public let line: Int?
        /// The data point's JSON path (`metrics[0].dataPoints[3]`); nil for CSV.
        public let path: String?

        public init(kpi: String, period: CalendarDate, value: Double, dimension: String? = nil, line: Int? = nil, path: String? = nil) {
            (self.kpi, self.period, self.value, self.dimension, self.line, self.path) = (kpi, period, value, dimension, line, path)
        }
    }

    /// A TheyDo metric as declared: its title, type (CES, CSAT, NPS, OTHER or RATIO) and unit.
    public struct Metric: Sendable, Equatable {
        public let name: String
        public let type: String
        /// nil when the file's `unit` is empty.
        public let unit: String?

        public init(name: String, type: String, unit: String?) {
            (self.name, self.type, self.unit) = (name, type, unit)
        }
    }

    /// The format the file was read as, for telling people what was understood.
    public let format: Format
    /// The declared metrics, in file order; empty for CSV, which declares none.
    public let metrics: [Metric]
    /// The values, in file order.
    public let rows: [Row]

    /// Reads either format. A file whose first character (after a byte-order mark and spaces) is `{` is
    /// read as TheyDo JSON, anything else as CSV: a CSV of this layout starts with its header, never `{`,
    /// so a JSON file of another kind is told it is not THEYDO_METRICS_V1 rather than that its "header"
    /// lacks columns.
    public static func read(_ bytes: [UInt8]) throws(KPIValuesProblems) -> KPIValuesFile {
        if startsAsJSONObject(bytes) {
            return try readTheyDo(bytes)
        }
        return try readCSV(bytes)
    }

    static func startsAsJSONObject(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }

    /// A day written exactly YYYY-MM-DD. `CalendarDate.init?(_:)` alone would take "2026-+1-01", as
    /// `Int("+1")` is 1.
    static func day(_ text: String) -> CalendarDate? {
        text.utf8.count == 10 && hasDateShape(text) ? CalendarDate(text) : nil
    }

    /// A day written YYYY-MM-DD, or a month written YYYY-MM standing for its first day, as monthly
    /// figures are dated.
    static func period(_ text: String) -> CalendarDate? {
        if text.utf8.count == 7 { return hasDateShape(text) ? CalendarDate(text + "-01") : nil }
        return day(text)
    }

    private static func hasDateShape(_ text: String) -> Bool {
        text.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte)
        }
    }
}

/// Why a KPI values file was refused: every problem found, in file order, up to `limit`.
public struct KPIValuesProblems: Error, Sendable, Equatable, CustomStringConvertible {
    /// More than this many problems means the file is of the wrong kind or shape, and the rest would
    /// only bury the first ones.
    public static let limit = 50

    /// One problem: a CSV line and column, or a JSON path (with the line its metric starts on).
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int?
        public let column: String?
        public let path: String?
        public let message: String

        public init(line: Int? = nil, column: String? = nil, path: String? = nil, message: String) {
            (self.line, self.column, self.path, self.message) = (line, column, path, message)
        }

        /// "Line 4, column value: …", "Line 12, metrics[0].dataPoints[2].score: …".
        public var description: String {
            let place = [line.map { "Line \($0)" }, column.map { "column \($0)" }, path].compactMap { $0 }
            return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
        }
    }

    /// The first `limit` problems, in file order.
    public let problems: [Problem]
    /// How many problems were found beyond `limit` and left out.
    public let omitted: Int

    /// Keeps the first `limit` problems and counts the rest.
    public init(problems: [Problem]) {
        self.problems = Array(problems.prefix(Self.limit))
        omitted = max(0, problems.count - Self.limit)
    }

    public var description: String {
        (problems.map(\.description) + (omitted > 0 ? ["… and \(omitted) more."] : [])).joined(separator: "\n")
    }
}

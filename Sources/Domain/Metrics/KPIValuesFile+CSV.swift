import Foundation

extension KPIValuesFile {
    /// The CSV columns, in the order a template lists them; `dimension` may be left out.
    public static let csvColumns = ["kpi", "period", "value", "dimension"]
    static let requiredCSVColumns = ["kpi", "period", "value"]

    private struct RowKey: Hashable {
        let kpi: String, period: CalendarDate, dimension: String
    }

    /// A header row naming the columns (in any case and order), then one value per record. Nothing is
    /// trimmed: " NPS" and "NPS" would be two KPIs, so a field with spaces around it is refused instead.
    static func readCSV(_ bytes: [UInt8]) throws(KPIValuesProblems) -> KPIValuesFile {
        typealias Problem = KPIValuesProblems.Problem
        var parser = CSVParser()
        let records: [CSVRecord]
        do { records = try parser.feed(bytes) + parser.finish() } catch {
            throw KPIValuesProblems(problems: [Problem(line: error.line, message: "The file is not readable CSV: \(error.message).")])
        }
        guard let header = records.first else {
            throw KPIValuesProblems(problems: [Problem(line: 1, message: "The file is empty: it needs a header row naming the columns kpi, period, value and, if used, dimension.")])
        }
        var problems: [Problem] = []
        let columns = csvHeader(header, &problems)
        guard problems.isEmpty else { throw KPIValuesProblems(problems: problems) }
        var rows: [Row] = [], seen: [RowKey: Int] = [:]
        for record in records.dropFirst() {
            guard let row = csvRow(record, columns: columns, &problems) else { continue }
            let key = RowKey(kpi: row.kpi, period: row.period, dimension: row.dimension ?? "")
            if let earlier = seen[key] {
                let dimension = row.dimension.map { ", dimension “\($0)”" } ?? ""
                problems.append(Problem(line: record.line, message: "Line \(earlier) already gives KPI “\(row.kpi)” for \(row.period)\(dimension); a file gives each value once."))
            } else {
                seen[key] = record.line
            }
            rows.append(row)
        }
        if problems.isEmpty, rows.isEmpty { problems.append(Problem(line: header.line, message: "The file has no values after its header row.")) }
        guard problems.isEmpty else { throw KPIValuesProblems(problems: problems) }
        return KPIValuesFile(format: .csv, metrics: [], rows: rows)
    }

    /// The known column each field is in, by position; problems for unknown, repeated or missing columns.
    static func csvHeader(_ header: CSVRecord, _ problems: inout [KPIValuesProblems.Problem]) -> [String?] {
        var seen: [String: Int] = [:]
        let columns = header.fields.enumerated().map { index, field -> String? in
            let name = field.lowercased()
            if csvColumns.contains(name), let earlier = seen[name] {
                problems.append(.init(line: header.line, column: field, message: "The column is named twice, as columns \(earlier + 1) and \(index + 1)."))
                return nil
            }
            if csvColumns.contains(name) {
                seen[name] = index
                return name
            }
            problems.append(.init(line: header.line, column: field.isEmpty ? nil : field, message: unknownColumn(field, index: index)))
            return nil
        }
        for missing in requiredCSVColumns where seen[missing] == nil {
            problems.append(.init(line: header.line, message: "The header has no “\(missing)” column."))
        }
        return columns
    }

    private static func unknownColumn(_ field: String, index: Int) -> String {
        let known = "the columns are kpi, period, value and dimension"
        if field.isEmpty { return "Column \(index + 1) has no name; \(known)." }
        let trimmed = field.trimmedWhitespace.lowercased()
        if csvColumns.contains(trimmed) { return "The name has spaces around it; write “\(trimmed)”." }
        return "Unknown column; \(known)."
    }

    /// One record as a row, or nil with its problems named by column.
    static func csvRow(_ record: CSVRecord, columns: [String?], _ problems: inout [KPIValuesProblems.Problem]) -> Row? {
        guard record.fields.count == columns.count else {
            problems.append(.init(line: record.line, message: "This row has \(record.fields.count) fields; the header has \(columns.count)."))
            return nil
        }
        var values: [String: String] = [:]
        for (column, field) in zip(columns, record.fields) { if let column { values[column] = field } }
        let before = problems.count
        let kpi = csvField(values, "kpi", line: record.line, &problems)
        if kpi == "" { problems.append(.init(line: record.line, column: "kpi", message: "A KPI name is required.")) }
        let period = csvPeriod(values, line: record.line, &problems)
        let value = csvValue(values, line: record.line, &problems)
        let dimension = csvField(values, "dimension", line: record.line, &problems)
        guard problems.count == before, let kpi, let period, let value else { return nil }
        return Row(kpi: kpi, period: period, value: value, dimension: dimension == "" ? nil : dimension, line: record.line)
    }

    /// A field as written, or nil with a problem when it has spaces around it.
    private static func csvField(_ values: [String: String], _ column: String, line: Int, _ problems: inout [KPIValuesProblems.Problem]) -> String? {
        let text = values[column] ?? ""
        guard text == text.trimmedWhitespace else {
            problems.append(.init(line: line, column: column, message: "“\(text)” has spaces before or after it; nothing is trimmed, so remove them."))
            return nil
        }
        return text
    }

    private static func csvPeriod(_ values: [String: String], line: Int, _ problems: inout [KPIValuesProblems.Problem]) -> CalendarDate? {
        guard let text = csvField(values, "period", line: line, &problems) else { return nil }
        if let period = period(text) { return period }
        let message = text.isEmpty ? "A period is required: a day written YYYY-MM-DD or a month written YYYY-MM."
            : "“\(text)” is not a period: write a day as YYYY-MM-DD (2026-01-31) or a month as YYYY-MM (2026-01)."
        problems.append(.init(line: line, column: "period", message: message))
        return nil
    }

    private static func csvValue(_ values: [String: String], line: Int, _ problems: inout [KPIValuesProblems.Problem]) -> Double? {
        guard let text = csvField(values, "value", line: line, &problems) else { return nil }
        if isPlainNumber(text) {
            if let value = Double(text), value.isFinite { return value }
            problems.append(.init(line: line, column: "value", message: "“\(text)” is too large a number."))
            return nil
        }
        let message = text.isEmpty ? "A value is required."
            : text.contains(",") ? "“\(text)” is not a number: write decimals with a point and no thousands separators, such as 1234.5."
            : "“\(text)” is not a number: write digits, with a point for decimals, such as 42, -3.5 or 1.2e6."
        problems.append(.init(line: line, column: "value", message: message))
        return nil
    }

    /// Digits with an optional leading minus, point fraction and exponent, and nothing else: `Double`
    /// alone would take "inf", "nan" and hexadecimal, and a comma is a decimal or thousands mark no one
    /// can tell apart from the number alone.
    static func isPlainNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        func digits() -> Bool {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index > start
        }
        guard digits() else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() else { return false }
        }
        return index == bytes.count
    }
}

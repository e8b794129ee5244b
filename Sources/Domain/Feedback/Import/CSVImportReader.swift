/// Reads a CSV import: finds the header on the chosen row, checks every mapped column is there,
/// and turns each answer row into values by field.
public struct CSVImportReader: Sendable {
    public let settings: ImportSettings
    private var parser = CSVParser()
    private var rowsSeen = 0
    private var header: [String]?
    private var indexes: [(ImportField, String, Int)] = []

    public init(settings: ImportSettings) {
        self.settings = settings
    }

    /// The header's column names, once read.
    public var columnNames: [String]? { header }

    public enum ReadError: Error, Sendable, Equatable {
        /// The bytes are not CSV: where and why.
        case malformed(CSVError)
        /// The file ended before the row that should name the columns.
        case noHeader(row: Int)
        /// Mapped columns that the header does not have, and the names it does have.
        case missingColumns([String], available: [String])
        /// Mappings that name more than one column, or a column by a number the header does not reach.
        case unclearColumns([String])
    }

    /// Feeds a chunk; returns the answer rows it completed as values by field, with their line.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ReadError) -> [ImportRowMapper.Row] {
        let records: [CSVRecord]
        do { records = try parser.feed(bytes) } catch { throw .malformed(error) }
        return try take(records)
    }

    public mutating func finish() throws(ReadError) -> [ImportRowMapper.Row] {
        let records: [CSVRecord]
        do { records = try parser.finish() } catch { throw .malformed(error) }
        let rows = try take(records)
        if header == nil { throw .noHeader(row: settings.headerRow) }
        return rows
    }

    private mutating func take(_ records: [CSVRecord]) throws(ReadError) -> [ImportRowMapper.Row] {
        var rows: [ImportRowMapper.Row] = []
        for record in records {
            rowsSeen += 1
            if rowsSeen == settings.headerRow {
                try readHeader(record)
            } else if rowsSeen >= settings.firstDataRow, header != nil {
                guard record.fields.count == header?.count else {
                    rows.append(ImportRowMapper.Row(line: record.line, values: [:], width: (record.fields.count, header?.count ?? 0)))
                    continue
                }
                var values: ImportRowMapper.Values = [:]
                for (field, column, index) in indexes { values[field] = (column, record.fields[index]) }
                rows.append(ImportRowMapper.Row(line: record.line, values: values))
            }
        }
        return rows
    }

    private mutating func readHeader(_ record: CSVRecord) throws(ReadError) {
        let names = record.fields
        var missing: [String] = [], unclear: [String] = []
        for field in ImportField.allCases {
            guard let column = settings.column(field) else { continue }
            switch ImportColumns.find(column, in: names) {
            case .found(let index): indexes.append((field, names[index].isEmpty ? "#\(index + 1)" : names[index], index))
            case .missing: missing.append(column)
            case .unclear(let message): unclear.append(message)
            }
        }
        if !unclear.isEmpty { throw .unclearColumns(unclear) }
        if !missing.isEmpty { throw .missingColumns(missing, available: names) }
        self.header = names
    }
}

extension CSVImportReader.ReadError {
    /// The reason in words, naming the line and column where there is one.
    public var message: String {
        switch self {
        case .malformed(let error): "This is not a CSV file Align can read: line \(error.line), column \(error.column): \(error.message)."
        case .noHeader(let row): "The file ends before row \(row), which should name the columns."
        case .missingColumns(let missing, let available):
            "The header row has no column named " + missing.map { "“\($0)”" }.joined(separator: ", ")
                + " (names are matched exactly; a column can also be given by number, as #3). Its columns are: "
                + available.prefix(40).enumerated().map { "#\($0.offset + 1) “\($0.element)”" }.joined(separator: ", ") + "."
        case .unclearColumns(let messages): messages.joined(separator: " ")
        }
    }
}

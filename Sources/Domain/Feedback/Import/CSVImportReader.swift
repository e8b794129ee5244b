/// Reads a CSV import: finds the header on the chosen row, checks every mapped column is there,
/// and turns each answer row into values by field.
public struct CSVImportReader: Sendable {
    public let settings: ImportSettings
    private var parser = CSVParser()
    private var rowsSeen = 0
    private var header: CSVHeader?
    private var indexes: [(ImportField, String, Int)] = []

    public init(settings: ImportSettings) {
        self.settings = settings
    }

    /// The header's column names, once read.
    public var columnNames: [String]? { header?.names }

    public enum ReadError: Error, Sendable, Equatable {
        /// The bytes are not CSV: where and why.
        case malformed(CSVError)
        /// The file ended before the row that should name the columns.
        case noHeader(row: Int)
        /// Mapped columns that the header does not have, and the names it does have.
        case missingColumns([String], available: [String])
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
                var values: ImportRowMapper.Values = [:]
                for (field, column, index) in indexes where index < record.fields.count {
                    values[field] = (column, record.fields[index])
                }
                rows.append((record.line, values))
            }
        }
        return rows
    }

    private mutating func readHeader(_ record: CSVRecord) throws(ReadError) {
        let header = CSVHeader(record)
        var missing: [String] = []
        for field in ImportField.allCases {
            guard let column = settings.column(field) else { continue }
            if let index = header.index(of: column) { indexes.append((field, header.names[index], index)) } else { missing.append(column) }
        }
        if !missing.isEmpty { throw .missingColumns(missing, available: header.names) }
        self.header = header
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
                + ". Its columns are: " + available.prefix(40).map { "“\($0)”" }.joined(separator: ", ") + "."
        }
    }
}

/// The first rows of a file as they would import, read before anything is stored, so a file that
/// is not the format, or a mapping that names a missing column, is refused up front.
public struct ImportPreview: Sendable {
    /// Column names of a CSV's header row; for JSON formats, the fields a record can fill.
    public let columns: [String]
    public let rows: [(line: Int, outcome: Result<ImportedRow, ImportRejection>)]
    /// Rows that would be skipped as already stored (or repeating an earlier row of the file), by line: the rule and what they repeat.
    public var duplicates: [Int: String] = [:]

    /// How much of a file the preview reads.
    public static let sampleBytes = 256 * 1024

    /// Reads `sample`, the start of the file (`isWholeFile` when nothing follows it).
    public static func read(_ sample: [UInt8], isWholeFile: Bool, settings: ImportSettings, directory: ImportDirectory,
                            rows limit: Int = 10) throws(ImportPreviewError) -> ImportPreview {
        if sample.isEmpty { throw ImportPreviewError("The file is empty.") }
        if let other = ImportFileCheck.knownOtherKind(sample) { throw ImportPreviewError(other) }
        var scan = TextScan()
        scan.feed(sample)
        // A sample may end inside a character; only the whole file's end must not.
        if isWholeFile { scan.finish() }
        if let problem = scan.problem { throw ImportPreviewError(problem) }
        // A sample cut mid-record would end in a false error; stop at its last line break instead.
        let usable = isWholeFile ? sample[...] : sample[..<(sample.lastIndex(of: 10).map { $0 + 1 } ?? sample.count)]
        let mapper = ImportRowMapper(settings: settings, directory: directory)
        var reader = ImportRowReader(settings: settings)
        var read = try reader.feed(usable)
        if isWholeFile { read += try reader.finish() } else { read += reader.pending() }
        if settings.format != .csv, read.isEmpty, !isWholeFile {
            let what = settings.format == .formbricksHub ? "feedback record" : "response after the surveyMetadata (or feedbackMetadata)"
            throw ImportPreviewError("No complete \(what) in the first \(sampleBytes / 1024) KiB of the file.")
        }
        guard let columns = reader.columnNames else {
            throw ImportPreviewError(isWholeFile ? CSVImportReader.ReadError.noHeader(row: settings.headerRow).message
                                     : "Row \(settings.headerRow) does not start within the first \(sampleBytes / 1024) KiB of the file.")
        }
        return ImportPreview(columns: columns, rows: read.prefix(limit).map { ($0.line, mapper.map($0)) })
    }
}

public struct ImportPreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The rows of an import file in its format, CSV, Formbricks Hub or TheyDo responses JSON: the one place the format
/// is switched on, for the preview and the import alike. Read errors come back in words, naming
/// the line.
public struct ImportRowReader: Sendable {
    private var csv: CSVImportReader?
    private var hub: FormbricksHubReader?
    private var theyDo: TheyDoResponsesReader?

    /// The fields a Formbricks Hub record can fill, shown where a CSV shows its column names.
    public static let hubFields = ["metadata.touchpoint", "metadata.stage", "metadata.customer", "metadata.segment"]

    public init(settings: ImportSettings) {
        switch settings.format {
        case .csv: csv = CSVImportReader(settings: settings)
        case .formbricksHub: hub = FormbricksHubReader(settings: settings)
        case .theyDoResponses: theyDo = TheyDoResponsesReader(settings: settings)
        }
    }

    /// A CSV's column names once its header row is read; a Formbricks Hub file's fields, with its categorical answers.
    public var columnNames: [String]? {
        if let theyDo { return theyDo.columnNames }
        return hub.map { Self.hubFields + $0.categoricalFields.map { "field:" + $0 } } ?? csv?.columnNames
    }

    /// Rows read but held back until the file ends (a Hub file's submissions), for a preview of its start.
    public func pending() -> [ImportRowMapper.Row] { hub?.pending() ?? theyDo?.pending() ?? [] }

    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ImportPreviewError) -> [ImportRowMapper.Row] {
        do {
            if hub != nil { return try hub!.feed(bytes) }
        } catch { throw Self.worded(error) }
        do {
            if theyDo != nil { return try theyDo!.feed(bytes) }
        } catch { throw Self.worded(error) }
        do { return try csv!.feed(bytes) } catch { throw Self.worded(error) }
    }

    public mutating func finish() throws(ImportPreviewError) -> [ImportRowMapper.Row] {
        do {
            if hub != nil { return try hub!.finish() }
        } catch { throw Self.worded(error) }
        do {
            if theyDo != nil { return try theyDo!.finish() }
        } catch { throw Self.worded(error) }
        do { return try csv!.finish() } catch { throw Self.worded(error) }
    }

    static func worded(_ error: CSVImportReader.ReadError) -> ImportPreviewError { ImportPreviewError(error.message) }

    static func worded(_ error: FormbricksHubReader.ReadError) -> ImportPreviewError {
        ImportPreviewError("Line \(error.line): \(error.message).")
    }

    static func worded(_ error: TheyDoResponsesReader.ReadError) -> ImportPreviewError {
        ImportPreviewError("Line \(error.line): \(error.message).")
    }
}

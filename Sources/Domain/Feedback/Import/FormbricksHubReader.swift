import Foundation

/// Reads Formbricks Hub feedback records (a JSON array or JSON Lines). Hub stores one record per
/// answered field, so consecutive records sharing a `response_id` become one feedback item:
/// text fields give its text, `nps`/`csat`/`ces` fields its scores, `collected_at` its date.
/// Touchpoint, stage, customer and segment come from `metadata` keys named in the column mapping.
public struct FormbricksHubReader: Sendable {
    public let settings: ImportSettings
    private var splitter = JSONObjectSplitter()
    private var pending: (key: String, line: Int, values: [ImportField: String])?

    public init(settings: ImportSettings) {
        self.settings = settings
    }

    public struct ReadError: Error, Sendable, Equatable {
        public let line: Int
        public let message: String
    }

    public typealias Row = ImportRowMapper.Row

    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ReadError) -> [Row] {
        let objects: [(line: Int, bytes: [UInt8])]
        do { objects = try splitter.feed(bytes) } catch { throw ReadError(line: error.line, message: error.message) }
        var rows: [Row] = []
        for object in objects { try add(object, to: &rows) }
        return rows
    }

    public mutating func finish() throws(ReadError) -> [Row] {
        do { try splitter.finish() } catch { throw ReadError(line: error.line, message: error.message) }
        var rows: [Row] = []
        flush(into: &rows)
        return rows
    }

    private mutating func add(_ object: (line: Int, bytes: [UInt8]), to rows: inout [Row]) throws(ReadError) {
        guard let record = (try? JSONSerialization.jsonObject(with: Data(object.bytes))) as? [String: Any] else {
            throw ReadError(line: object.line, message: "this record is not valid JSON")
        }
        guard let fieldType = record["field_type"] as? String else {
            throw ReadError(line: object.line, message: "this record has no field_type, so it is not a Formbricks Hub feedback record")
        }
        let key = (record["response_id"] as? String) ?? (record["id"] as? String) ?? "line \(object.line)"
        if pending?.key != key {
            flush(into: &rows)
            pending = (key, object.line, [.externalID: key])
        }
        let metadata = record["metadata"] as? [String: Any] ?? [:]
        var values = pending!.values
        switch fieldType {
        case "text":
            if let text = record["value_text"] as? String, !text.isEmpty {
                values[.text] = values[.text].map { $0 + "\n\n" + text } ?? text
            }
        case "nps", "csat", "ces":
            let field = ImportField(rawValue: fieldType)!
            if let number = record["value_number"] as? NSNumber { values[field] = number.stringValue }
        default: break
        }
        if let collected = record["collected_at"] as? String { values[.date] = values[.date] ?? collected }
        if values[.channel] == nil, let channel = (record["source_name"] as? String) ?? (record["source_type"] as? String) {
            values[.channel] = channel
        }
        for field in [ImportField.touchpoint, .stage, .customer, .segment] {
            guard let key = settings.column(field) else { continue }
            let name = key.hasPrefix("metadata.") ? String(key.dropFirst(9)) : key
            if let value = (metadata[name] as? String) ?? (record[name] as? String) { values[field] = value }
        }
        pending!.values = values
    }

    private mutating func flush(into rows: inout [Row]) {
        guard let pending else { return }
        rows.append(Row(line: pending.line, values: pending.values.reduce(into: [:]) { result, entry in result[entry.key] = (entry.key.rawValue, entry.value) }))
        self.pending = nil
    }
}

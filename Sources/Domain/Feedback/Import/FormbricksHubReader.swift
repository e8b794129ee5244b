import Foundation

/// Reads Formbricks Hub feedback records as the Hub defines them: one record per answer, in a JSON
/// array, JSON Lines, or the Hub's list envelope (`{"data": [...], "limit": n, "next_cursor": ...}`).
/// The records of one submission (tenant_id, submission_id) become one feedback item, whatever their
/// order in the file: text answers joined (in field_id order) as its text, NPS/CSAT/CES answers as its
/// scores, `collected_at` as its time, `source_name` as its channel. Touchpoint,
/// stage, customer and segment come from `metadata.<key>` or a categorical answer (`field:<field_id>`),
/// as the mapping names them. A record the Hub's schema refuses rejects its submission, naming the
/// record's line and property. Submissions are held until the file ends, as their records may be apart.
public struct FormbricksHubReader: Sendable {
    public let settings: ImportSettings
    private var splitter = JSONObjectSplitter()
    private var submissions: [String: Submission] = [:]
    private var order: [String] = []
    private var refused: [Row] = []
    /// The field_ids of categorical answers seen, which a mapping may name as `field:<field_id>`.
    public private(set) var categoricalFields: [String] = []

    struct Submission: Sendable {
        let line: Int
        let tenantID: String, submissionID: String
        var records: [HubRecord] = []
        var problem: (column: String, reason: String)?
    }

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
        for object in objects { try add(object) }
        defer { refused = [] }
        return refused
    }

    public mutating func finish() throws(ReadError) -> [Row] {
        do { try splitter.finish() } catch { throw ReadError(line: error.line, message: error.message) }
        defer { (submissions, order, refused) = ([:], [], []) }
        return refused + pending()
    }

    /// The submissions read so far as rows, for a preview of a file's start.
    public func pending() -> [Row] {
        order.compactMap { submissions[$0] }.map(row)
    }

    private mutating func add(_ object: (line: Int, bytes: [UInt8])) throws(ReadError) {
        guard let record = (try? JSONSerialization.jsonObject(with: Data(object.bytes))) as? [String: Any] else {
            throw ReadError(line: object.line, message: "this record is not valid JSON")
        }
        if record["field_type"] == nil, let data = record["data"] as? [Any] {
            for (index, element) in data.enumerated() {
                guard let inner = element as? [String: Any] else {
                    throw ReadError(line: object.line, message: "data[\(index)] is not a feedback record object")
                }
                add(inner, line: object.line, prefix: "data[\(index)].")
            }
            return
        }
        guard record["field_type"] != nil else {
            throw ReadError(line: object.line, message: "this record has no field_type, so it is not a Formbricks Hub feedback record")
        }
        add(record, line: object.line, prefix: "")
    }

    private mutating func add(_ object: [String: Any], line: Int, prefix: String) {
        let record: HubRecord
        do { record = try HubRecord(object, at: prefix) } catch {
            let tenant = object["tenant_id"] as? String, submission = object["submission_id"] as? String
            guard let tenant, let submission, !tenant.isEmpty, !submission.isEmpty else {
                return refused.append(Row(line: line, values: [:], refusal: (error.property, error.reason)))
            }
            return note(tenant, submission, line: line) { $0.problem = $0.problem ?? (error.property, error.reason) }
        }
        if record.fieldType == "categorical", !categoricalFields.contains(record.fieldID) { categoricalFields.append(record.fieldID) }
        note(record.tenantID, record.submissionID, line: line) { submission in
            if submission.records.contains(where: { $0.fieldID == record.fieldID }) {
                submission.problem = submission.problem
                    ?? (prefix + "field_id", "field “\(record.fieldID)” is answered twice in submission “\(record.submissionID)”; the Hub keeps one answer per field.")
            }
            submission.records.append(record)
        }
    }

    private mutating func note(_ tenant: String, _ submission: String, line: Int, _ change: (inout Submission) -> Void) {
        let key = tenant + "\u{1F}" + submission
        if submissions[key] == nil {
            submissions[key] = Submission(line: line, tenantID: tenant, submissionID: submission)
            order.append(key)
        }
        change(&submissions[key]!)
    }

    private func row(_ submission: Submission) -> Row {
        if let problem = submission.problem { return Row(line: submission.line, values: [:], refusal: problem) }
        let records = submission.records.sorted { $0.fieldID < $1.fieldID }
        var values: [ImportField: String] = [.externalID: submission.tenantID + "/" + submission.submissionID]
        let texts = records.filter { $0.fieldType == "text" }.compactMap(\.text).filter { !$0.isEmpty }
        if !texts.isEmpty { values[.text] = texts.joined(separator: "\n\n") }
        for record in records {
            if let field = ImportField(rawValue: record.fieldType), ImportField.scores.contains(field), let number = record.number { values[field] = String(number) }
        }
        values[.date] = records.compactMap(\.collectedAt).min()
        values[.channel] = records.lazy.compactMap(\.sourceName).first
        for field in [ImportField.touchpoint, .stage, .customer, .segment] {
            guard let key = settings.column(field) else { continue }
            if key.hasPrefix("field:") {
                values[field] = records.first { $0.fieldType == "categorical" && $0.fieldID == key.dropFirst(6) }?.text
            } else {
                let name = key.hasPrefix("metadata.") ? String(key.dropFirst(9)) : key
                values[field] = records.lazy.compactMap { $0.metadata[name] }.first
            }
        }
        return Row(line: submission.line, values: values.reduce(into: [:]) { result, entry in result[entry.key] = (entry.key.rawValue, entry.value) })
    }
}

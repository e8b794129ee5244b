import Foundation

/// Names an import may refer to, looked up ignoring case and surrounding spaces; ids work too.
public struct ImportDirectory: Sendable {
    var touchpoints: [String: UUID] = [:]
    var stages: [String: UUID] = [:]
    var customers: [String: (id: UUID, segment: String)] = [:]

    public init() {}

    public mutating func addTouchpoint(_ id: UUID, name: String) { Self.add(&touchpoints, id, name) }
    public mutating func addStage(_ id: UUID, name: String) { Self.add(&stages, id, name) }
    public mutating func addCustomer(_ id: UUID, name: String, segment: String) {
        for key in [Self.key(name), id.uuidString.lowercased()] where customers[key] == nil { customers[key] = (id, segment) }
    }

    private static func add(_ map: inout [String: UUID], _ id: UUID, _ name: String) {
        for key in [key(name), id.uuidString.lowercased()] where map[key] == nil { map[key] = id }
    }

    public static func key(_ text: String) -> String { text.trimmedWhitespace.lowercased() }
}

/// Why one row was not imported: the column at fault (or the whole row) and the reason.
public struct ImportRejection: Error, Sendable, Equatable {
    public let line: Int
    public let column: String
    public let reason: String

    public init(line: Int, column: String, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// Where, in words: "line 3, column nps", or "line 3" when the whole row is at fault (`column` empty).
    public var location: String { column.isEmpty ? "line \(line)" : "line \(line), column \(column)" }
    /// The column at fault, or "whole row".
    public var columnLabel: String { column.isEmpty ? "whole row" : column }
}

/// One row that can be stored, with what identifies it across imports: the external id, or when
/// there is none, the row's content.
public struct ImportedRow: Sendable {
    public let line: Int
    public let item: FeedbackItem
    /// Present when the row had no external id: the text the content hash is made from.
    public let contentKey: String?
}

/// Turns one row's values into a feedback item, or says which column is wrong and why.
public struct ImportRowMapper: Sendable {
    public let settings: ImportSettings
    public let directory: ImportDirectory

    /// Read once: looking a zone up by name is not free, and every row with a time needs it.
    private let zone: TimeZone

    public init(settings: ImportSettings, directory: ImportDirectory) {
        self.settings = settings
        self.directory = directory
        self.zone = settings.zone
    }

    /// Values by field, with the column name each came from (for messages).
    public typealias Values = [ImportField: (column: String, value: String)]

    /// A row as a reader hands it over: the line it starts on and its values by field, or why it
    /// cannot be read as the header says.
    public struct Row: Sendable {
        public let line: Int
        public let values: Values
        /// Set for a CSV row with more or fewer fields than the header has columns: its values would be
        /// guesses, so it is rejected whole.
        public let width: (found: Int, expected: Int)?
        /// Set for a record its format's own rules refuse (a Hub record the Hub's schema would refuse): the property and why.
        public let refusal: (column: String, reason: String)?

        public init(line: Int, values: Values, width: (found: Int, expected: Int)? = nil, refusal: (column: String, reason: String)? = nil) {
            self.line = line
            self.values = values
            self.width = width
            self.refusal = refusal
        }
    }

    public func map(_ row: Row) -> Result<ImportedRow, ImportRejection> {
        if let width = row.width {
            return .failure(ImportRejection(line: row.line, column: "", reason: "expected \(width.expected) fields, found \(width.found)"))
        }
        if let refusal = row.refusal { return .failure(ImportRejection(line: row.line, column: refusal.column, reason: refusal.reason)) }
        return map(row.values, line: row.line)
    }

    public func map(_ values: Values, line: Int) -> Result<ImportedRow, ImportRejection> {
        do throws(ImportRejection) { return .success(try mapRow(RowValues(values: values, line: line))) } catch { return .failure(error) }
    }

    /// The checks in the order their messages take precedence: text, scores, date, places, kind, lengths.
    private func mapRow(_ row: RowValues) throws(ImportRejection) -> ImportedRow {
        // Stored as the file holds it, byte for byte: surrounding spaces, tabs and line breaks included.
        let text = row.exact(.text) ?? ""
        guard text.count <= 10_000 else { throw row.reject(.text, "The feedback text is longer than 10,000 characters.") }
        let scores = try self.scores(row)
        // A survey answer with a score and no comment still counts towards the scores.
        if row.value(.text) == nil, ImportField.scores.allSatisfy({ scores[$0] == nil }) {
            throw row.reject(.text, "The row has neither feedback text nor a score.")
        }
        let date = try row.value(.date).map { raw throws(ImportRejection) in
            switch ImportDateReader.read(raw, order: settings.dateOrder, zone: zone) {
            case .success(let date): return date
            case .failure(let failure): throw row.reject(.date, failure.reason)
            }
        }
        let touchpoint = try row.lookUp(.touchpoint, in: directory.touchpoints) { "No touchpoint is named “\($0)”." }
        let stage = try row.lookUp(.stage, in: directory.stages) { "No stage is named “\($0)”." }
        let customer = try row.lookUp(.customer, in: directory.customers) { "No customer has the account name “\($0)”." }
        let kind = try self.kind(row)
        let limits: [(ImportField, Int)] = [(.channel, 80), (.segment, 120), (.externalID, 200)]
        // Counted as stored: the exact value, surrounding spaces included.
        for (field, limit) in limits where (row.exactOrNil(field)?.count ?? 0) > limit {
            throw row.reject(field, "\(field.label) is longer than \(limit) characters.")
        }
        let externalID = row.exactOrNil(.externalID)
        let sentiment = SentimentAnalyzer().value(text)
        var item = FeedbackItem(
            text: text, kind: kind ?? Self.kind(of: text, sentiment: sentiment.label), source: settings.source, customerID: customer?.id, date: date?.day, occurredAt: date?.moment,
            stageID: stage, touchpointIDs: touchpoint.map { [$0] } ?? [], priority: scores[.priority], nps: scores[.nps], csat: scores[.csat],
            ces: scores[.ces], channel: row.exactOrNil(.channel), segment: row.exactOrNil(.segment) ?? customer.map(\.segment).flatMap { $0.isEmpty ? nil : $0 },
            externalID: externalID)
        item.sentimentScore = sentiment.value
        item.sentimentLabel = sentiment.label
        let contentKey = externalID == nil ? ImportField.allCases.map { row.exact($0) ?? "" }.joined(separator: "\u{1F}") : nil
        return ImportedRow(line: row.line, item: item, contentKey: contentKey)
    }

    private func scores(_ row: RowValues) throws(ImportRejection) -> [ImportField: Int] {
        var scores: [ImportField: Int] = [:]
        for field in ImportField.scores + [.priority] {
            guard let raw = row.exact(field), row.value(field) != nil else { continue }
            switch score(raw, field) {
            case .success(let number): scores[field] = number
            case .failure(let failure): throw row.reject(field, failure.reason)
            }
        }
        return scores
    }

    private func kind(_ row: RowValues) throws(ImportRejection) -> FeedbackKind? {
        guard let raw = row.value(.kind) else { return nil }
        guard let parsed = FeedbackKind.allCases.first(where: { $0.rawValue == raw.lowercased() || $0.label.lowercased() == raw.lowercased() }) else {
            throw row.reject(.kind, "“\(Self.clip(raw))” is not a kind; use works-well, friction, suggestion or question.")
        }
        return parsed
    }

    /// A label (ignoring case and surrounding spaces; one may stand for no answer), or digits alone: a
    /// sign, a decimal point, an exponent, a hexadecimal prefix or spaces around the digits are not
    /// guessed at but refused.
    private func score(_ raw: String, _ field: ImportField) -> Result<Int?, ImportRejection> {
        let scale = field.scale!
        let label = raw.trimmedWhitespace.lowercased()
        if let mapped = settings.labels(field)[label] { return .success(mapped) }
        if settings.noAnswerLabels(field).contains(label) { return .success(nil) }
        let range = "\(scale.lowerBound)–\(scale.upperBound)"
        guard !raw.isEmpty, raw.utf8.count <= 6, raw.utf8.allSatisfy({ (48...57).contains($0) }) else {
            let digits = raw.trimmedWhitespace
            if !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) {
                return .failure(problem("“\(Self.clip(raw))” has spaces around the number; a score is written as digits alone."))
            }
            return .failure(problem("“\(Self.clip(raw))” is not a whole number \(range) written in digits"
                                    + (field == .priority ? "." : "; map labels like it to numbers (or to no answer).")))
        }
        guard let number = Int(raw), scale.contains(number) else {
            return .failure(problem("\(raw) is off the \(field.label) scale."))
        }
        return .success(number)
    }

    /// Only the reason is used; `map` fills in the line and column.
    private func problem(_ reason: String) -> ImportRejection { ImportRejection(line: 0, column: "", reason: reason) }

    /// A kind from the words, for rows that do not say: questions, suggestions, praise, else friction.
    static func kind(of text: String, sentiment: SentimentLabel) -> FeedbackKind {
        if text.hasSuffix("?") { return .question }
        let lowered = Array(text.lowercased().utf8)
        // Searched as bytes: Foundation's `String.contains` was a twentieth of an import's time.
        if suggestionCues.contains(where: { contains(lowered, $0) }) { return .suggestion }
        return sentiment == .positive ? .worksWell : .friction
    }

    /// The kind an import gives words that do not say, and why, in words a person can check.
    public static func kindGuess(of text: String) -> (kind: FeedbackKind, reason: String) {
        let sentiment = SentimentAnalyzer().value(text)
        let kind = kind(of: text, sentiment: sentiment.label)
        let lowered = Array(text.lowercased().utf8)
        let reason: String = switch kind {
        case .question: "it ends with a question mark"
        case .suggestion: "it says “\(suggestionCues.first { contains(lowered, $0) }.map { String(decoding: $0, as: UTF8.self) } ?? "")”"
        case .worksWell: "its words read as positive (\(String(format: "%+.2f", sentiment.value)))"
        case .friction: sentiment.label == .negative ? "its words read as negative (\(String(format: "%+.2f", sentiment.value)))"
            : "its words read as neither positive nor negative (\(String(format: "%+.2f", sentiment.value))), and an import takes that for friction"
        }
        return (kind, reason)
    }

    /// Whether `needle` occurs in `haystack`, byte for byte; `needle` is not empty.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var matched = 1
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }

    private static let suggestionCues = ["would be nice", "would be great", "please add", "i wish", "you should", "could you", "suggest"]
        .map { Array($0.utf8) }

    static func clip(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }
}

/// One row's values, trimmed, and rejections that name its line and the column at fault.
private struct RowValues {
    let values: ImportRowMapper.Values
    let line: Int

    /// The value with surrounding spaces taken off, for matching and checks; nil when there is nothing but spaces.
    func value(_ field: ImportField) -> String? {
        values[field].map { $0.value.trimmedWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The value exactly as the file holds it, for storing; nil when the column is not mapped.
    func exact(_ field: ImportField) -> String? { values[field]?.value }

    /// The value exactly as the file holds it; nil when it holds nothing but spaces.
    func exactOrNil(_ field: ImportField) -> String? { value(field) == nil ? nil : exact(field) }

    func reject(_ field: ImportField, _ reason: String) -> ImportRejection {
        ImportRejection(line: line, column: values[field]?.column ?? field.rawValue, reason: reason)
    }

    /// The id the field's value names in `directory`; nil when the field is empty, a rejection when nothing has that name.
    func lookUp<Found>(_ field: ImportField, in directory: [String: Found], unknown: (String) -> String) throws(ImportRejection) -> Found? {
        guard let raw = value(field) else { return nil }
        guard let found = directory[ImportDirectory.key(raw)] else { throw reject(field, unknown(ImportRowMapper.clip(raw))) }
        return found
    }
}

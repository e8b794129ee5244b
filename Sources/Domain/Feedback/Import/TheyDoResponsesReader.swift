import Foundation

/// Reads TheyDo's `THEYDO_SURVEY_RESPONSES_V1` and `THEYDO_FEEDBACK_RESPONSES_V1` files: one feedback item
/// per response, its external id `<surveyId>/<responseId>` (so importing the file again adds nothing),
/// `responseDateTime` as its time. Its text is the field the mapping names for text, or else every TEXT
/// field's value, in the order the fields are declared, joined by a blank line; its segment the mapped
/// field or else the PERSONA field; any other feedback field comes from the field the mapping names.
/// The mapping's "columns" are the declared fieldIds (IGNORE fields are never read). Metadata that breaks
/// the format refuses the file; a response that breaks it refuses that response, naming the property.
/// Responses are read as they arrive, so a file of any size is never held whole.
public struct TheyDoResponsesReader: Sendable {
    public let settings: ImportSettings
    private var splitter = JSONMemberSplitter(streamKey: "responses")
    private var fields: TheyDoResponseFields?
    private var format: String?
    private var sawResponses = false
    /// Responses that came before the metadata, read once it arrives.
    private var held: [(index: Int, line: Int, value: [UInt8])] = []

    public typealias Row = ImportRowMapper.Row

    public struct ReadError: Error, Sendable, Equatable {
        public let line: Int
        public let message: String
    }

    public init(settings: ImportSettings) {
        self.settings = settings
    }

    /// The declared fields a mapping may name, once the metadata is read.
    public var columnNames: [String]? { fields.map { $0.fields.filter { $0.type != .ignore }.map(\.id) } }

    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(ReadError) -> [Row] {
        let pieces: [JSONMemberSplitter.Piece]
        do { pieces = try splitter.feed(bytes) } catch { throw ReadError(line: error.line, message: error.message) }
        var rows: [Row] = []
        for piece in pieces {
            switch piece {
            case .member(let key, let line, let value): try take(key, line: line, value: value)
            case .element(let index, let line, let value):
                sawResponses = true
                if let fields { rows.append(row(index, line: line, value, fields: fields)) } else { held.append((index, line, value)) }
            }
        }
        if let fields, !held.isEmpty {
            rows += held.map { row($0.index, line: $0.line, $0.value, fields: fields) }
            held = []
        }
        return rows
    }

    public mutating func finish() throws(ReadError) -> [Row] {
        do { try splitter.finish() } catch { throw ReadError(line: error.line, message: error.message) }
        guard format != nil else { throw ReadError(line: 1, message: "the file has no “format”; a TheyDo responses file names THEYDO_SURVEY_RESPONSES_V1 or THEYDO_FEEDBACK_RESPONSES_V1") }
        guard fields != nil else { throw ReadError(line: 1, message: "the file has no surveyMetadata (or feedbackMetadata)") }
        guard sawResponses else { throw ReadError(line: 1, message: "the file has no “responses” list, or it is empty") }
        return []
    }

    /// Nothing is held back once the metadata is read; before it, nothing can be shown.
    public func pending() -> [Row] { [] }

    private mutating func take(_ key: String, line: Int, value: [UInt8]) throws(ReadError) {
        let parsed = try? JSONSerialization.jsonObject(with: Data(value), options: [.fragmentsAllowed])
        if key == "format" {
            guard let text = parsed as? String, TheyDoResponsesKind.allCases.contains(where: { $0.format == text }) else {
                throw ReadError(line: line, message: "format must be THEYDO_SURVEY_RESPONSES_V1 or THEYDO_FEEDBACK_RESPONSES_V1")
            }
            format = text
            try check(line: line)
        } else if let kind = TheyDoResponsesKind(metadataKey: key), fields == nil {
            guard let parsed else { throw ReadError(line: line, message: "\(key) is not valid JSON") }
            do { fields = try TheyDoResponseFields(parsed, kind: kind) } catch { throw ReadError(line: line, message: "\(error.property): \(error.reason)") }
            try check(line: line)
            try checkMapping(line: line)
        } else {
            throw ReadError(line: line, message: "“\(key)” is not a property of a TheyDo responses file (format, \(fields?.kind.metadataKey ?? "surveyMetadata"), responses)")
        }
    }

    private func check(line: Int) throws(ReadError) {
        guard let format, let fields, fields.kind.format != format,
              let expected = TheyDoResponsesKind.allCases.first(where: { $0.format == format }) else { return }
        throw ReadError(line: line, message: "a \(format) file describes itself in \(expected.metadataKey), not \(fields.kind.metadataKey)")
    }

    /// A mapping may name only fields the file declares and reads.
    private func checkMapping(line: Int) throws(ReadError) {
        guard let fields else { return }
        for field in ImportField.allCases {
            guard let name = settings.column(field), !name.isEmpty else { continue }
            guard let declared = fields.field(name) else {
                throw ReadError(line: line, message: "the mapping names field “\(name)” for \(field.label), which the file does not declare; its fields are \(fields.fields.map(\.id).joined(separator: ", "))")
            }
            if declared.type == .ignore { throw ReadError(line: line, message: "field “\(name)” is IGNORE in the file, so it cannot be read for \(field.label)") }
        }
    }
}

/// Column names from a header record, so fields can be found by name whatever the column order.
///
/// Names are trimmed and looked up ignoring case, since exports differ in both. When a name
/// appears twice the first column wins; blank names cannot be looked up.
///
/// For a header that is not the first row (Qualtrics writes three header rows: short names,
/// question texts, then import IDs), drop the records before it:
///
///     let header = CSVHeader(records[2])     // header on row 3
///     let answers = records.dropFirst(3)
public struct CSVHeader: Sendable, Equatable {
    /// The names as written, trimmed, in column order.
    public let names: [String]
    private let indexes: [String: Int]

    public init(_ record: CSVRecord) {
        self.init(names: record.fields)
    }

    public init(names: [String]) {
        let trimmed = names.map(Self.trimmed)
        var indexes: [String: Int] = [:]
        for (index, name) in trimmed.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if indexes[key] == nil { indexes[key] = index }
        }
        self.names = trimmed
        self.indexes = indexes
    }

    /// The 0-based column of a name, or nil when the header has no such column.
    public func index(of name: String) -> Int? {
        indexes[Self.trimmed(name).lowercased()]
    }

    /// A record's value in the named column; nil when there is no such column or the record
    /// is too short to reach it.
    public func value(_ name: String, in record: CSVRecord) -> String? {
        guard let index = index(of: name), index < record.fields.count else { return nil }
        return record.fields[index]
    }

    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}

/// Writes CSV that `CSVParser` and spreadsheets read back unchanged.
public enum CSVWriter {
    private static let quote = UInt8(ascii: "\"")

    /// One record, ending in CRLF as RFC 4180 asks. Fields holding the delimiter, a quote,
    /// CR or LF are quoted, with quotes inside doubled. A record of one empty field is written
    /// as `""` so it is not read back as a blank line, which parsers skip; an empty list
    /// writes just a line break, which reads back as no record at all.
    ///
    /// - Parameter delimiter: an ASCII byte other than a quote or line break; comma by default.
    public static func line(_ fields: [String], delimiter: UInt8 = 44) -> String {
        precondition(delimiter < 0x80 && ![quote, 10, 13].contains(delimiter),
                     "CSV delimiter must be ASCII and not a quote or line break")
        if fields == [""] { return "\"\"\r\n" }
        let separator = String(UnicodeScalar(delimiter))
        return fields.map { escaped($0, delimiter) }.joined(separator: separator) + "\r\n"
    }

    private static func escaped(_ field: String, _ delimiter: UInt8) -> String {
        var field = field
        return field.withUTF8 { bytes in
            guard needsQuotes(bytes, delimiter) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            append(bytes, delimiter: delimiter, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always) static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>, _ delimiter: UInt8) -> Bool {
        for byte in field where byte == delimiter || byte == quote || byte == 10 || byte == 13 { return true }
        return false
    }

    /// Appends one field's UTF-8 bytes to `out` as `line` would write it (without a separator).
    public static func append(_ field: UnsafeBufferPointer<UInt8>, delimiter: UInt8, to out: inout [UInt8]) {
        guard needsQuotes(field, delimiter) else { return out.append(contentsOf: field) }
        out.append(quote)
        for byte in field {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }
}

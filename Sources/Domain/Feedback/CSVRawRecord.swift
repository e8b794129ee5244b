/// A record as `CSVParser.feed(_:each:)` hands it on: its fields' bytes, valid only inside the call.
public struct CSVRawRecord {
    /// The 1-based physical line the record starts on.
    public let line: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    private let ends: UnsafeBufferPointer<Int>
    private let start: Int
    private let fields: Range<Int>

    init(line: Int, bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, start: Int, fields: Range<Int>) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
        self.start = start
        self.fields = fields
    }

    public var count: Int { fields.count }

    /// The UTF-8 bytes of field `index` (0-based), unquoted.
    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let position = fields.lowerBound + index
        let from = position == fields.lowerBound ? start : ends[position - 1]
        return UnsafeBufferPointer(rebasing: bytes[from..<ends[position]])
    }

    /// All its fields' bytes, back to back, so a record can be copied in one go.
    public var joinedFields: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start..<(fields.isEmpty ? start : ends[fields.upperBound - 1])])
    }

    /// Where field `index` ends in `joinedFields`.
    public func end(of index: Int) -> Int {
        ends[fields.lowerBound + index] - start
    }

    public var record: CSVRecord {
        CSVRecord(fields: (0..<count).map { String(decoding: field($0), as: UTF8.self) }, line: line)
    }
}

import Domain

/// CSV records copied out of the parser into three flat arrays, so a batch of thousands costs a
/// few allocations and can be shared, read-only, by the threads that work on it.
struct RecordBatch: Sendable {
    private var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    private var fieldEnds: [Int] = []
    /// Where each record's fields end in `fieldEnds`.
    private var recordEnds: [Int] = []

    var count: Int { recordEnds.count }

    init() {}

    /// The three arrays as they are, to park a batch in a `RecordSpill` and read it back.
    init(storage: (bytes: [UInt8], fieldEnds: [Int], recordEnds: [Int])) {
        (bytes, fieldEnds, recordEnds) = storage
    }

    var storage: (bytes: [UInt8], fieldEnds: [Int], recordEnds: [Int]) { (bytes, fieldEnds, recordEnds) }

    /// Copies every field of `record`.
    mutating func append(_ record: CSVRawRecord) {
        for index in 0..<record.count {
            bytes.append(contentsOf: record.field(index))
            fieldEnds.append(bytes.count)
        }
        recordEnds.append(fieldEnds.count)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        recordEnds.removeAll(keepingCapacity: true)
    }

    func fieldCount(_ row: Int) -> Int {
        recordEnds[row] - (row == 0 ? 0 : recordEnds[row - 1])
    }

    /// Calls `body` with the bytes of field `field` of record `row`; empty when the record has fewer fields.
    func withField<T>(_ row: Int, _ field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let first = row == 0 ? 0 : recordEnds[row - 1]
        guard field < recordEnds[row] - first else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let position = first + field
        let from = position == 0 ? 0 : fieldEnds[position - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<fieldEnds[position]])) }
    }
}

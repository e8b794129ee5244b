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
        let base = bytes.count
        bytes.append(contentsOf: record.joinedFields)
        for index in 0..<record.count { fieldEnds.append(base + record.end(of: index)) }
        recordEnds.append(fieldEnds.count)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        recordEnds.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with each row of `rows`, in order; the row's bytes are valid only inside the call.
    func forEachRow(in rows: Range<Int>, _ body: (BatchRow) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            fieldEnds.withUnsafeBufferPointer { ends in
                for row in rows {
                    let first = row == 0 ? 0 : recordEnds[row - 1]
                    body(BatchRow(index: row, bytes: bytes, ends: ends, first: first, count: recordEnds[row] - first))
                }
            }
        }
    }
}

/// One record of a `RecordBatch`, as byte ranges into the batch.
struct BatchRow {
    /// Its position in the batch.
    let index: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    /// Its first field's position in `ends`, and how many fields it has.
    let first: Int, count: Int

    /// The bytes of field `index`; empty when the record has fewer fields.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let position = first + index
        let from = position == 0 ? 0 : ends[position - 1]
        return UnsafeBufferPointer(rebasing: bytes[from..<ends[position]])
    }
}

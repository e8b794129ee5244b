/// An incremental RFC 4180 reader. Feed it chunks of bytes of any size, split anywhere,
/// and it hands back each record once complete, so memory stays bounded by the longest
/// record rather than the file.
///
/// Reads UTF-8, with or without a leading byte-order mark, and accepts LF, CRLF or a lone CR
/// between records. Blank lines are skipped but still counted in line numbers.
/// To read a file whose header is on row N, drop the first N - 1 records and build a
/// `CSVHeader` from the next one.
///
/// The first error stops the parser: that call throws, and so does every later one, with the
/// same error. Records completed earlier in the failing chunk are dropped with it.
public struct CSVParser: Sendable {
    public let delimiter: UInt8

    enum State { case recordStart, fieldStart, unquoted, quoted, quoteInQuoted }

    static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    var state = State.recordStart
    /// The records completed in this chunk, then the one being read, field after field.
    var bytes = ContiguousArray<UInt8>()
    /// Where each field read so far ends in `bytes`.
    private var fieldEnds: [Int] = []
    private var completed: [CompletedRecord] = []
    /// Where the record being read starts, in `bytes` and in `fieldEnds`.
    private var recordStart = 0, recordFields = 0
    private var fieldStart = 0
    /// Every byte of the field being read, OR-ed: below 0x80 means ASCII, which needs no UTF-8 check.
    var fieldBits: UInt8 = 0
    /// The line of the byte being read; lines end at LF, CRLF or a lone CR, quoted or not.
    private var line = 1
    var previousWasCR = false
    private var recordLine = 1
    private var fieldLine = 1
    /// How many leading bytes matched the byte-order mark; they are held back until it is
    /// clear whether they are the mark, since chunks may split it.
    private var markBytesSeen = 0
    private var markSettled = false
    private var failure: CSVError?

    private struct CompletedRecord: Sendable {
        let line: Int, start: Int, fields: Range<Int>
    }

    /// - Parameter delimiter: the byte between fields: comma by default, `;` or tab for
    ///   spreadsheets set up for other locales. Must be ASCII and not a quote or line break.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        precondition(delimiter < 0x80 && ![Self.quote, Self.cr, Self.lf].contains(delimiter),
                     "CSV delimiter must be ASCII and not a quote or line break")
        self.delimiter = delimiter
    }

    /// Reads the next chunk and returns the records it completed.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(CSVError) -> [CSVRecord] {
        try read(bytes)
        return collected()
    }

    /// Reads the next chunk and calls `body` with each record it completed, without making
    /// a String of any field: for callers that look at a few fields of millions of records.
    public mutating func feed(_ bytes: some Sequence<UInt8>, each body: (CSVRawRecord) throws -> Void) throws {
        try read(bytes)
        try deliver(body)
    }

    /// Ends the input and returns the last record if it had no line break after it.
    /// Afterwards the parser starts over, ready for another document.
    public mutating func finish() throws(CSVError) -> [CSVRecord] {
        try end()
        let records = collected()
        self = CSVParser(delimiter: delimiter)
        return records
    }

    /// `finish()`, handing the last record to `body` as `feed(_:each:)` does.
    public mutating func finish(each body: (CSVRawRecord) throws -> Void) throws {
        try end()
        try deliver(body)
        self = CSVParser(delimiter: delimiter)
    }

    private mutating func read(_ input: some Sequence<UInt8>) throws(CSVError) {
        if failure == nil, input.withContiguousStorageIfAvailable({ consume($0) }) == nil {
            ContiguousArray(input).withUnsafeBufferPointer { consume($0) }
        }
        if let failure { throw failure }
    }

    private mutating func end() throws(CSVError) {
        if failure == nil {
            if !markSettled { replayHeldMarkBytes() }
            switch state {
            case .recordStart: break
            case .quoted: fail(line: fieldLine, "unterminated quoted field")
            case .fieldStart, .unquoted, .quoteInQuoted: endRecord()
            }
        }
        if let failure { throw failure }
    }

    private mutating func collected() -> [CSVRecord] {
        var records: [CSVRecord] = []
        records.reserveCapacity(completed.count)
        deliver { records.append($0.record) }
        return records
    }

    /// Hands on the completed records, then keeps only the one still being read.
    private mutating func deliver(_ body: (CSVRawRecord) throws -> Void) rethrows {
        defer {
            bytes.removeSubrange(0..<recordStart)
            fieldEnds = fieldEnds[recordFields...].map { $0 - recordStart }
            fieldStart -= recordStart
            recordStart = 0
            recordFields = 0
            completed.removeAll(keepingCapacity: true)
        }
        try bytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { ends in
                for record in completed {
                    try body(CSVRawRecord(line: record.line, bytes: bytes, ends: ends, start: record.start, fields: record.fields))
                }
            }
        }
    }

    private mutating func consume(_ input: UnsafeBufferPointer<UInt8>) {
        var i = skipByteOrderMark(input)
        bytes.reserveCapacity(bytes.count + input.count)
        while i < input.count, failure == nil {
            // Copy runs of ordinary bytes in one go; only the special ones need the state machine.
            if state == .unquoted || state == .quoted {
                i = copyFieldBytes(input, from: i)
                if i == input.count { break }
            }
            step(input[i])
            i += 1
        }
    }

    /// Reads past a byte-order mark at the start of the input, however the chunks split it; returns
    /// where the content starts in this chunk.
    private mutating func skipByteOrderMark(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while !markSettled, i < input.count {
            if input[i] == Self.byteOrderMark[markBytesSeen] {
                markBytesSeen += 1
                i += 1
                markSettled = markBytesSeen == Self.byteOrderMark.count
            } else {
                replayHeldMarkBytes()
            }
        }
        return i
    }

    /// Bytes that looked like the start of a byte-order mark but were not: they are content.
    private mutating func replayHeldMarkBytes() {
        markSettled = true
        for byte in Self.byteOrderMark.prefix(markBytesSeen) where failure == nil { step(byte) }
    }

    private mutating func step(_ byte: UInt8) {
        let isNewline = byte == Self.cr || byte == Self.lf
        switch state {
        case .recordStart:
            // A line break here is a blank line or the LF of a CRLF; either way there is no record.
            if !isNewline {
                recordLine = line
                startField(byte)
            }
        case .fieldStart:
            startField(byte)
        case .unquoted:
            if byte == delimiter { endField() }
            else if isNewline { endRecord() }
            else if byte == Self.quote { fail(line: line, "quote inside an unquoted field") }
            else { keep(byte) }
        case .quoted:
            if byte == Self.quote { state = .quoteInQuoted } else { keep(byte) }
        case .quoteInQuoted:
            if byte == Self.quote {
                keep(byte)
                state = .quoted
            } else if byte == delimiter { endField() }
            else if isNewline { endRecord() }
            else { fail(line: line, "unexpected character after closing quote") }
        }
        if byte == Self.cr || (byte == Self.lf && !previousWasCR) { line += 1 }
        previousWasCR = byte == Self.cr
    }

    private mutating func startField(_ byte: UInt8) {
        fieldLine = line
        if byte == Self.quote { state = .quoted }
        else if byte == delimiter { endField() }
        else if byte == Self.cr || byte == Self.lf { endRecord() }
        else {
            keep(byte)
            state = .unquoted
        }
    }

    @inline(__always) private mutating func keep(_ byte: UInt8) {
        bytes.append(byte)
        fieldBits |= byte
    }

    private mutating func endField() {
        let valid = fieldBits < 0x80 || bytes.withUnsafeBufferPointer { all in
            String(validating: UnsafeBufferPointer(rebasing: all[fieldStart...]), as: UTF8.self) != nil
        }
        guard valid else { return fail(line: fieldLine, "not valid UTF-8") }
        fieldEnds.append(bytes.count)
        fieldStart = bytes.count
        fieldBits = 0
        state = .fieldStart
    }

    private mutating func endRecord() {
        endField()
        guard failure == nil else { return }
        completed.append(CompletedRecord(line: recordLine, start: recordStart, fields: recordFields..<fieldEnds.count))
        recordStart = bytes.count
        recordFields = fieldEnds.count
        state = .recordStart
    }

    private mutating func fail(line: Int, _ message: String) {
        failure = CSVError(line: line, column: fieldEnds.count - recordFields + 1, message: message)
    }
}

/// Cuts a stream of JSON into its top-level objects without holding more than one at a time:
/// a top-level array of objects, or objects one after another (JSON Lines).
struct JSONObjectSplitter: Sendable {
    struct Failure: Error, Sendable, Equatable {
        let line: Int
        let message: String
    }

    private var sawStart = false
    private var inArray = false
    private var arrayClosed = false
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var current: [UInt8] = []
    private var line = 1
    private var objectLine = 1
    private var failure: Failure?

    /// Feeds bytes; returns each complete top-level object with the line it starts on.
    mutating func feed(_ bytes: some Sequence<UInt8>) throws(Failure) -> [(line: Int, bytes: [UInt8])] {
        var objects: [(line: Int, bytes: [UInt8])] = []
        if let failure { throw failure }
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if depth > 0 {
                current.append(byte)
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                } else if byte == UInt8(ascii: "\"") { inString = true }
                else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 {
                        objects.append((objectLine, current))
                        current = []
                    }
                }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case 0xEF where !sawStart, 0xBB where !sawStart, 0xBF where !sawStart: continue  // a byte-order mark
            case UInt8(ascii: "[") where !sawStart:
                inArray = true
            case UInt8(ascii: "{") where !arrayClosed:
                depth = 1
                current = [byte]
                objectLine = line
            case UInt8(ascii: ",") where inArray && !arrayClosed: break
            case UInt8(ascii: "]") where inArray && !arrayClosed: arrayClosed = true
            default:
                let failure = Failure(line: line, message: "expected a feedback record object here")
                self.failure = failure
                throw failure
            }
            sawStart = true
        }
        return objects
    }

    mutating func finish() throws(Failure) {
        if let failure { throw failure }
        if depth > 0 { throw Failure(line: objectLine, message: "the record starting here never ends") }
        if inArray && !arrayClosed { throw Failure(line: line, message: "the list of records is not closed with ]") }
        if !sawStart { throw Failure(line: 1, message: "the file holds no feedback records") }
    }
}

/// Reads a file through, in chunks split anywhere, for what keeps it from being UTF-8 text: NUL bytes
/// and byte sequences that are not UTF-8, each by line and byte within the line (1-based; lines end
/// at LF, CRLF or a lone CR, as the CSV reader counts them). Keeps the first `limit` places.
public struct TextScan: Sendable {
    public struct Place: Sendable, Equatable {
        public let line: Int
        public let byte: Int

        public init(line: Int, byte: Int) {
            self.line = line
            self.byte = byte
        }
    }

    public let limit: Int
    public private(set) var invalidUTF8: [Place] = []
    public private(set) var invalidCount = 0
    public private(set) var firstNUL: Place?
    private var line = 1, byte = 0, previousWasCR = false
    /// The sequence being read: where it started, how many continuation bytes it still needs, and the
    /// range the next one must fall in (narrower after E0, ED, F0 and F4, to refuse overlong forms and surrogates).
    private var pending: (start: Place, needed: Int, next: ClosedRange<UInt8>)?

    public init(limit: Int = 20) {
        self.limit = limit
    }

    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        for value in bytes { read(value) }
    }

    /// Ends the file: a sequence cut short by its end is not UTF-8 either.
    public mutating func finish() {
        if let pending { note(pending.start) }
        pending = nil
    }

    /// The refusal in words, or nil when the file is UTF-8 text.
    public var problem: String? {
        if let nul = firstNUL {
            return "Line \(nul.line), byte \(nul.byte) is a NUL byte, which text never holds: this is not a text file. Export the data as CSV (UTF-8) or JSON."
        }
        guard invalidCount > 0 else { return nil }
        let places = invalidUTF8.map { "line \($0.line), byte \($0.byte)" }.joined(separator: "; ")
        let shown = invalidCount > invalidUTF8.count ? " (the first \(invalidUTF8.count) of \(invalidCount))" : ""
        return "The file is not valid UTF-8 at \(places)\(shown). Save it as UTF-8 (in Excel, “CSV UTF-8”) and import it again."
    }

    private mutating func read(_ value: UInt8) {
        if previousWasCR && value != 0x0A { newLine() }
        previousWasCR = false
        byte += 1
        let here = Place(line: line, byte: byte)
        if var sequence = pending {
            if sequence.next.contains(value) {
                sequence.needed -= 1
                pending = sequence.needed == 0 ? nil : (sequence.start, sequence.needed, 0x80...0xBF)
                return
            }
            note(sequence.start)
            pending = nil
        }
        switch value {
        case 0x00: if firstNUL == nil { firstNUL = here }
        case 0x0A: newLine()
        case 0x0D: previousWasCR = true
        case 0x01...0x7F: break
        case 0xC2...0xDF: pending = (here, 1, 0x80...0xBF)
        case 0xE0: pending = (here, 2, 0xA0...0xBF)
        case 0xED: pending = (here, 2, 0x80...0x9F)
        case 0xE1...0xEF: pending = (here, 2, 0x80...0xBF)
        case 0xF0: pending = (here, 3, 0x90...0xBF)
        case 0xF1...0xF3: pending = (here, 3, 0x80...0xBF)
        case 0xF4: pending = (here, 3, 0x80...0x8F)
        default: note(here)
        }
    }

    private mutating func newLine() {
        line += 1
        byte = 0
    }

    private mutating func note(_ place: Place) {
        invalidCount += 1
        if invalidUTF8.count < limit { invalidUTF8.append(place) }
    }
}

/// Cuts one JSON object into its members as the bytes arrive, without holding the whole file: each
/// member's value whole, except the array under `streamKey`, whose elements come one at a time.
/// Values are handed over as their bytes, with the line each starts on, for a JSON parser to read.
struct JSONMemberSplitter: Sendable {
    enum Piece: Sendable, Equatable {
        case member(key: String, line: Int, value: [UInt8])
        case element(index: Int, line: Int, value: [UInt8])
    }

    struct Failure: Error, Sendable, Equatable {
        let line: Int
        let message: String
    }

    private enum Stage: Sendable { case start, beforeKey, key, colon, beforeValue, value, stream, element, afterValue, end }

    let streamKey: String
    private var stage = Stage.start
    private var line = 1
    private var key: [UInt8] = []
    private var value: [UInt8] = []
    private var valueLine = 1
    private var nest = 0
    private var inString = false, escaped = false, afterComma = false
    private var elements = 0
    private var failure: Failure?

    init(streamKey: String) {
        self.streamKey = streamKey
    }

    mutating func feed(_ bytes: some Sequence<UInt8>) throws(Failure) -> [Piece] {
        if let failure { throw failure }
        var pieces: [Piece] = []
        for byte in bytes {
            do { try take(byte, into: &pieces) } catch {
                failure = error
                throw error
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return pieces
    }

    mutating func finish() throws(Failure) {
        if let failure { throw failure }
        guard stage == .end else {
            throw Failure(line: line, message: stage == .start ? "the file is empty" : "the file ends before its JSON object is closed with }")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private mutating func take(_ byte: UInt8, into pieces: inout [Piece]) throws(Failure) {
        switch stage {
        case .beforeValue, .value, .stream, .element: try takeValue(byte, into: &pieces)
        default: try takeStructure(byte)
        }
    }

    /// The object's own punctuation: its braces, its property names, the colons and commas between them.
    private mutating func takeStructure(_ byte: UInt8) throws(Failure) {
        switch stage {
        case .start:
            if Self.isSpace(byte) || [0xEF, 0xBB, 0xBF].contains(byte) { return }
            guard byte == UInt8(ascii: "{") else { throw Failure(line: line, message: "the file must be one JSON object, starting with {") }
            stage = .beforeKey
        case .beforeKey:
            if Self.isSpace(byte) { return }
            if byte == UInt8(ascii: "}"), !afterComma { stage = .end; return }
            guard byte == UInt8(ascii: "\"") else { throw Failure(line: line, message: "expected a property name in double quotes") }
            (key, stage, afterComma) = ([], .key, false)
        case .key:
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { stage = .colon; return }
            key.append(byte)
        case .colon:
            if Self.isSpace(byte) { return }
            guard byte == UInt8(ascii: ":") else { throw Failure(line: line, message: "expected : after the property name") }
            stage = .beforeValue
        case .afterValue:
            if Self.isSpace(byte) { return }
            if byte == UInt8(ascii: ",") { (stage, afterComma) = (.beforeKey, true); return }
            guard byte == UInt8(ascii: "}") else { throw Failure(line: line, message: "expected , or } after the value of “\(keyText)”") }
            stage = .end
        default:
            if Self.isSpace(byte) { return }
            throw Failure(line: line, message: "there is more after the end of the JSON object")
        }
    }

    /// A property's value, or the elements of the streamed array one by one.
    private mutating func takeValue(_ byte: UInt8, into pieces: inout [Piece]) throws(Failure) {
        switch stage {
        case .beforeValue:
            if Self.isSpace(byte) { return }
            if byte == UInt8(ascii: "["), keyText == streamKey { stage = .stream; return }
            startValue(byte)
            stage = .value
            if nest == 0, !inString, Self.endsScalar(byte) { throw Failure(line: line, message: "expected a value after :") }
        case .value:
            if let end = try continueValue(byte) {
                pieces.append(.member(key: keyText, line: valueLine, value: value))
                stage = .afterValue
                if !end { try take(byte, into: &pieces) }
            }
        case .stream:
            if Self.isSpace(byte) { return }
            if byte == UInt8(ascii: ","), elements > 0, !afterComma { afterComma = true; return }
            if byte == UInt8(ascii: "]"), !afterComma { (stage, afterComma) = (.afterValue, false); return }
            guard byte == UInt8(ascii: "{") else { throw Failure(line: line, message: "expected \(streamKey)[\(elements)] to be an object") }
            startValue(byte)
            (stage, afterComma) = (.element, false)
        default:
            if try continueValue(byte) != nil {
                pieces.append(.element(index: elements, line: valueLine, value: value))
                elements += 1
                stage = .stream
            }
        }
    }

    private var keyText: String { String(decoding: key, as: UTF8.self) }

    private static func endsScalar(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") }

    private mutating func startValue(_ byte: UInt8) {
        (value, valueLine, escaped) = ([byte], line, false)
        inString = byte == UInt8(ascii: "\"")
        nest = byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") ? 1 : 0
    }

    /// Adds `byte` to the value being read; once the value is complete, true when `byte` was its last
    /// byte, false when `byte` only ended it (the space or comma after a number) and still needs reading.
    private mutating func continueValue(_ byte: UInt8) throws(Failure) -> Bool? {
        let scalar = nest == 0 && !inString && value.first != UInt8(ascii: "\"")
        if scalar {
            if Self.endsScalar(byte) { return false }
            value.append(byte)
            return nil
        }
        value.append(byte)
        if inString {
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            return !inString && nest == 0 ? true : nil
        }
        if byte == UInt8(ascii: "\"") { inString = true }
        else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { nest += 1 }
        else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
            nest -= 1
            if nest == 0 { return true }
        }
        return nil
    }
}

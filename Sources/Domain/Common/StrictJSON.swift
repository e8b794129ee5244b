/// A check of a request body against JSON as RFC 8259 writes it, before anything decodes it: the
/// platform's decoder takes a trailing comma, and a byte that is not UTF-8 would arrive as U+FFFD,
/// so what a client sent would be stored as something it did not send.
public enum StrictJSON {
    /// What is wrong and where: line and column count from 1, the column in bytes.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "Line \(line), column \(column): \(message)" }
    }

    /// Nil when `bytes` is one JSON value in UTF-8, with nothing after it but white space.
    public static func problem(in bytes: [UInt8]) -> Problem? {
        if let offset = firstInvalidUTF8(bytes) {
            return problem(at: offset, in: bytes, "byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) is not UTF-8; send the body in UTF-8")
        }
        var scanner = StrictJSONScanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.offset < bytes.count { throw StrictJSONScanner.Failure(offset: scanner.offset, message: "more follows the JSON value") }
            return nil
        } catch let failure as StrictJSONScanner.Failure {
            return problem(at: failure.offset, in: bytes, failure.message)
        } catch {
            return problem(at: scanner.offset, in: bytes, "malformed JSON")
        }
    }

    /// The offset of the first byte that does not begin or continue a well-formed UTF-8 scalar.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    static func problem(at offset: Int, in bytes: [UInt8], _ message: String) -> Problem {
        let before = bytes.prefix(offset)
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return Problem(line: line, column: offset - lineStart + 1, message: message)
    }
}

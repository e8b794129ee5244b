/// Walks one JSON value by RFC 8259's grammar and nothing more lenient: no trailing commas,
/// comments, single quotes, leading zeros, bare words or control characters inside strings, and
/// no member named twice in one object (the decoder would keep one without a word).
struct StrictJSONScanner {
    struct Failure: Error {
        let offset: Int
        let message: String
    }

    let bytes: [UInt8]
    var offset = 0
    static let maxDepth = 64

    init(bytes: [UInt8]) { self.bytes = bytes }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    func fail(_ message: String) -> Failure { Failure(offset: offset, message: message) }

    mutating func value(depth: Int) throws {
        guard depth < Self.maxDepth else { throw fail("nested more than \(Self.maxDepth) deep") }
        switch current {
        case nil: throw fail("the body ends where a value should be")
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try word("true")
        case UInt8(ascii: "f"): try word("false")
        case UInt8(ascii: "n"): try word("null")
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte): try number()
        default: throw fail("a value must be an object, list, string, number, true, false or null")
        }
    }

    mutating func object(depth: Int) throws {
        offset += 1
        skipSpace()
        if current == UInt8(ascii: "}") { offset += 1; return }
        var names = Set<[UInt8]>()
        while true {
            guard current == UInt8(ascii: "\"") else {
                throw fail(current == UInt8(ascii: "}") ? "a comma must not come before }" : "a member's name must be a string in double quotes")
            }
            let nameStart = offset
            let name = try string()
            guard names.insert(name).inserted else {
                throw Failure(offset: nameStart, message: "member \(String(decoding: name, as: UTF8.self)) is given twice")
            }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw fail("a colon must follow a member's name") }
            offset += 1
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            if current == UInt8(ascii: "}") { offset += 1; return }
            guard current == UInt8(ascii: ",") else { throw fail("a comma or } must follow a member") }
            offset += 1
            skipSpace()
        }
    }

    mutating func array(depth: Int) throws {
        offset += 1
        skipSpace()
        if current == UInt8(ascii: "]") { offset += 1; return }
        while true {
            if current == UInt8(ascii: "]") { throw fail("a comma must not come before ]") }
            try value(depth: depth + 1)
            skipSpace()
            if current == UInt8(ascii: "]") { offset += 1; return }
            guard current == UInt8(ascii: ",") else { throw fail("a comma or ] must follow an item") }
            offset += 1
            skipSpace()
        }
    }

    /// The string's raw bytes between its quotes (escapes left as written: enough to tell names apart
    /// except for a name spelt once with an escape and once without, which the decoder also sees as two).
    mutating func string() throws -> [UInt8] {
        offset += 1
        let start = offset
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return Array(bytes[start..<(offset - 1)])
            case UInt8(ascii: "\\"): try escape()
            case ..<0x20: throw fail("a control character must be escaped inside a string")
            default: offset += 1
            }
        }
        throw fail("a string is not closed")
    }

    mutating func escape() throws {
        offset += 1
        guard let byte = current else { throw fail("a string is not closed") }
        if Array(#""\/bfnrt"#.utf8).contains(byte) { offset += 1; return }
        guard byte == UInt8(ascii: "u") else { throw fail("\\\(Character(Unicode.Scalar(byte))) is not an escape JSON knows") }
        offset += 1
        for _ in 0..<4 {
            guard let digit = current, digit.isHexDigit else { throw fail("\\u must be followed by four hexadecimal digits") }
            offset += 1
        }
    }

    mutating func word(_ expected: String) throws {
        let word = Array(expected.utf8)
        guard bytes.count - offset >= word.count, Array(bytes[offset..<(offset + word.count)]) == word else {
            throw fail("a value must be an object, list, string, number, true, false or null")
        }
        offset += word.count
    }

    mutating func number() throws {
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, first.isDigit else { throw fail("a number must have a digit after its sign") }
        offset += 1
        if first == UInt8(ascii: "0"), let next = current, next.isDigit { throw fail("a number must not start with 0") }
        digits()
        if current == UInt8(ascii: ".") {
            offset += 1
            guard current?.isDigit == true else { throw fail("a digit must follow a decimal point") }
            digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard current?.isDigit == true else { throw fail("a digit must follow an exponent") }
            digits()
        }
    }

    mutating func digits() {
        while current?.isDigit == true { offset += 1 }
    }
}

private extension UInt8 {
    var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    var isHexDigit: Bool {
        isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}

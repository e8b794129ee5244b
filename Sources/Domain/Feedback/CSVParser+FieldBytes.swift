extension CSVParser {
    /// Copies the field bytes from `start` up to the next quote, delimiter or line break, eight at a
    /// time while none of them is special: most of a file is field text. Returns where it stopped.
    @inline(__always) mutating func copyFieldBytes(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let delimiter = state == .unquoted ? delimiter : Self.quote
        var bits = fieldBits
        let delimiters = UInt64(delimiter) &* Self.everyByte
        var high: UInt64 = 0
        let base = UnsafeRawPointer(input.baseAddress!)
        while i + 8 <= input.count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if Self.hasZeroByte(word ^ Self.quotes) || Self.hasZeroByte(word ^ delimiters)
                || Self.hasZeroByte(word ^ Self.crs) || Self.hasZeroByte(word ^ Self.lfs) { break }
            high |= word
            i += 8
        }
        if high & (0x80 &* Self.everyByte) != 0 { bits |= 0x80 }
        while i < input.count {
            let byte = input[i]
            if byte == Self.quote || byte == delimiter || byte == Self.cr || byte == Self.lf { break }
            bits |= byte
            i += 1
        }
        fieldBits = bits
        if i > start {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<i]))
            previousWasCR = false
        }
        return i
    }

    private static let everyByte: UInt64 = 0x0101_0101_0101_0101
    private static let quotes = 0x22 &* everyByte, crs = 0x0D &* everyByte, lfs = 0x0A &* everyByte

    /// Whether any of the eight bytes is zero (exact: borrows only ever start at a zero byte).
    @inline(__always) private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- everyByte) & ~word & (0x80 &* everyByte) != 0
    }
}

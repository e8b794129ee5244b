import Foundation

/// UUIDs of version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits.
/// Rows written in bulk get ids that sort after the ones before them, so the primary key's
/// index grows at its end. Random ids sent every insert to a different page of a large index:
/// on a million imported rows that doubled the time SQLite spent storing them.
public enum TimeOrderedID {
    public static func make(at date: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded(.down)))
        // The system generator, not `UUID()`, which opened a file for its random bytes on every call here.
        var generator = SystemRandomNumberGenerator()
        let high = (milliseconds << 16) | 0x7000 | (generator.next() & 0x0FFF)
        let low = (generator.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { UUID(uuid: $0.load(as: uuid_t.self)) }
    }
}

extension UUID {
    /// `uuidString` (upper-case hex in the 8-4-4-4-12 form), written without `printf`: imports write
    /// four of these a row, and formatting them was a twentieth of the time.
    var upperHexString: String {
        let digits = Array("0123456789ABCDEF".utf8)
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                var position = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 { out[position] = UInt8(ascii: "-"); position += 1 }
                    out[position] = digits[Int(byte >> 4)]
                    out[position + 1] = digits[Int(byte & 0x0F)]
                    position += 2
                }
                return position
            }
        }
    }
}

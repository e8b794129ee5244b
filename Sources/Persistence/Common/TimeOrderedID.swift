import Foundation

/// UUIDs of version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits.
/// Rows written in bulk get ids that sort after the ones before them, so the primary key's
/// index grows at its end. Random ids sent every insert to a different page of a large index:
/// on a million imported rows that doubled the time SQLite spent storing them.
public enum TimeOrderedID {
    public static func make(at date: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded(.down)))
        var bytes = UUID().uuid
        bytes.0 = UInt8(truncatingIfNeeded: milliseconds >> 40)
        bytes.1 = UInt8(truncatingIfNeeded: milliseconds >> 32)
        bytes.2 = UInt8(truncatingIfNeeded: milliseconds >> 24)
        bytes.3 = UInt8(truncatingIfNeeded: milliseconds >> 16)
        bytes.4 = UInt8(truncatingIfNeeded: milliseconds >> 8)
        bytes.5 = UInt8(truncatingIfNeeded: milliseconds)
        bytes.6 = 0x70 | (bytes.6 & 0x0F)
        bytes.8 = 0x80 | (bytes.8 & 0x3F)
        return UUID(uuid: bytes)
    }
}

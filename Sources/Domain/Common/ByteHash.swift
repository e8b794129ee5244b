/// 64-bit hashes of byte strings, so word tables can be looked up without building a String per
/// word. Never 0, which `HashSlots` keeps for empty slots. Distinct words colliding is as likely
/// as two random 64-bit numbers being equal.
public enum ByteHash {
    static let start: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over the bytes, then mixed: feed bytes with `adding`, finish with `finished`.
    @inline(__always) static func adding(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// MurmurHash3's finaliser spreads FNV's output over every bit, as table indices need.
    @inline(__always) static func finished(_ hash: UInt64) -> UInt64 {
        var x = hash
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = start
        for byte in bytes { hash = adding(hash, byte) }
        return finished(hash)
    }

    public static func of(_ text: String) -> UInt64 { of(text.utf8) }

    /// The key of a sequence of hashed words: `combined(combined(a, b), c)` for "a b c".
    @inline(__always) public static func combined(_ first: UInt64, _ next: UInt64) -> UInt64 {
        finished(first &* 0x9E37_79B9_7F4A_7C15 &+ next)
    }
}

/// An open-addressing table keyed by `ByteHash` values: a lookup is a mask and a compare or
/// two, where a Dictionary would hash the key again.
public struct HashSlots<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let empty: Value
    public private(set) var count = 0

    /// - Parameter empty: what unused slots hold; never returned.
    public init(capacity: Int = 16, empty: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: empty, count: size)
        self.empty = empty
    }

    @inline(__always) func slot(of key: UInt64) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[index]
                if found == key { return index }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always) public subscript(key: UInt64) -> Value? {
        slot(of: key).map { values[$0] }
    }

    /// Changes the value under `key`, first storing `make()` there when the key is new.
    @inline(__always) public mutating func update(_ key: UInt64, making make: () -> Value, _ change: (inout Value) -> Void) {
        if let index = slot(of: key) { return change(&values[index]) }
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = make()
        count += 1
        change(&values[index])
    }

    public mutating func set(_ key: UInt64, _ value: Value) {
        update(key, making: { value }) { $0 = value }
    }

    /// Every key and value, in no particular order.
    public func forEach(_ body: (UInt64, Value) throws -> Void) rethrows {
        for index in keys.indices where keys[index] != 0 { try body(keys[index], values[index]) }
    }

    private mutating func grow() {
        var bigger = HashSlots(capacity: keys.count, empty: empty)
        forEach { bigger.set($0, $1) }
        self = bigger
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is ASCII, so byte-wise lowercasing and classification are exact.
    public var isASCII: Bool {
        var combined: UInt8 = 0
        for byte in self { combined |= byte }
        return combined < 0x80
    }
}

import Foundation

/// An IPv4 or IPv6 address with a prefix length: `10.0.0.0/8`, `::1/128`, or one address alone.
public struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    let prefix: Int
    public let description: String

    /// Nil unless `text` is an address, optionally followed by `/` and a prefix length that fits it.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let bytes = Self.parse(parts[0]) else { return nil }
        let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
        guard let prefix, (0...(bytes.count * 8)).contains(prefix) else { return nil }
        self.bytes = bytes
        self.prefix = prefix
        self.description = text
    }

    /// Whether `address` (as a socket names it) lies in the range; an IPv4 address seen through IPv6 as `::ffff:a.b.c.d` counts as IPv4.
    public func contains(_ address: String) -> Bool {
        guard var other = Self.parse(address) else { return false }
        if other.count == 16, bytes.count == 4, other.prefix(12) == Self.mappedPrefix[...] { other = Array(other.suffix(4)) }
        guard other.count == bytes.count else { return false }
        let whole = prefix / 8, rest = prefix % 8
        guard other.prefix(whole) == bytes.prefix(whole) else { return false }
        guard rest > 0 else { return true }
        let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - rest))
        return other[whole] & mask == bytes[whole] & mask
    }

    static let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF]

    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}

/// Which address a request came from, seen through the proxies the operator trusts.
public struct ClientAddressResolver: Sendable, Equatable {
    public let trusted: [AddressRange]

    public init(trusted: [AddressRange]) { self.trusted = trusted }

    /// The peer itself, unless it is a trusted proxy: then the nearest address in `X-Forwarded-For`
    /// that is not one, read from the right, as only the right-most entries were written by proxies
    /// we trust and anything to their left is whatever the client claimed.
    public func client(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer, isTrusted(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !isTrusted(hop) {
            return AddressRange.parse(hop) == nil ? peer : hop
        }
        return hops.first.flatMap { AddressRange.parse($0) == nil ? nil : $0 } ?? peer
    }

    func isTrusted(_ address: String) -> Bool { trusted.contains { $0.contains(address) } }
}

extension AddressRange {
    /// 127.0.0.0/8 and ::1.
    static let loopback = [AddressRange("127.0.0.0/8")!, AddressRange("::1")!]
}

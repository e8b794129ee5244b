import Crypto
import Foundation

/// Secrets people hold and Align keeps only as hashes (API tokens, calendar feeds) or keeps to sign with (webhooks):
/// 32 random bytes in hex behind a prefix that says what the secret is for.
public enum Secrets {
    public static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + hex((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// SHA-256 in lowercase hex, as stored.
    public static func hash(_ secret: String) -> String {
        hex(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Lowercase hex, written out by hand: formatting each byte with Foundation cost more than hashing
    /// (imports hash every row's content).
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

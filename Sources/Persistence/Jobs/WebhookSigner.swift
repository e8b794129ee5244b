import Crypto
import Foundation

/// Signs webhook bodies so receivers can tell they come from this organization's Align and were not
/// replayed later: `Align-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
public enum WebhookSigner {
    public static let header = "Align-Signature"

    public static func signature(body: String, secret: String, timestamp: Int) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "t=\(timestamp),v1=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Checks a signature header as a receiver would, refusing ones older than `tolerance` seconds.
    public static func verify(header: String, body: String, secret: String, now: Int, tolerance: Int = 300) -> Bool {
        let parts = Dictionary(header.split(separator: ",").compactMap { part -> (String, String)? in
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            return pair.count == 2 ? (pair[0], pair[1]) : nil
        }, uniquingKeysWith: { first, _ in first })
        guard let t = parts["t"].flatMap(Int.init), abs(now - t) <= tolerance, let given = parts["v1"] else { return false }
        let expected = signature(body: body, secret: secret, timestamp: t)
        return Array(expected.utf8).elementsEqual(Array("t=\(t),v1=\(given)".utf8))
    }
}

import Foundation
import Synchronization

public enum SnakeCase {
    /// "touchpointIDs" → "touchpoint_ids". Answers come from a cache: the JSON encoder asks for the same
    /// few dozen keys on every row of every response.
    public static func convert(_ key: String) -> String {
        if let known = cache.withLock({ $0[key] }) { return known }
        let converted = compute(key)
        cache.withLock { if $0.count < 10_000 { $0[key] = converted } }
        return converted
    }

    private static let cache = Mutex<[String: String]>([:])

    static func compute(_ key: String) -> String {
        let normalized = key.replacingOccurrences(of: "IDs", with: "Ids").replacingOccurrences(of: "ID", with: "Id")
        var result = ""
        for character in normalized {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }
}

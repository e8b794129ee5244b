import Foundation

/// The `kind:ID` form values several records use to name another record of one of a few kinds
/// (`touchpoint:…`, `team:…`), read one way everywhere.
public enum KindAndID {
    /// The kind before the first colon and the id after it; nil when there is no colon or the id is not a UUID.
    public static func split(_ value: String) -> (kind: String, id: UUID)? {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
        return (parts[0], id)
    }
}

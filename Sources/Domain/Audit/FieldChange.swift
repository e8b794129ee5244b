/// One field's value before and after a change, as people typed it.
public struct FieldChange: Sendable, Equatable, Codable {
    public let field: String
    public let before: String
    public let after: String

    public init(field: String, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// The fields that differ between two versions of a record; `nil` stands for "did not exist".
    public static func between(_ before: FormInput?, _ after: FormInput?) -> [FieldChange] {
        let fields = Set((before?.fields.keys).map(Array.init) ?? []).union((after?.fields.keys).map(Array.init) ?? [])
        return fields.sorted().compactMap { field in
            let old = before.map { ($0.fields[field] ?? []).joined(separator: ", ") } ?? ""
            let new = after.map { ($0.fields[field] ?? []).joined(separator: ", ") } ?? ""
            return old == new ? nil : FieldChange(field: field, before: old, after: new)
        }
    }

    /// "name: “A” → “B”", shortened so a long text does not swamp the log.
    public var summary: String {
        func short(_ text: String) -> String { text.isEmpty ? "—" : "“" + (text.count > 60 ? text.prefix(57) + "…" : text) + "”" }
        return "\(field): \(short(before)) → \(short(after))"
    }
}

public enum AuditAction: String, Choice {
    case create, update, delete

    public var label: String {
        switch self {
        case .create: "Created"
        case .update: "Changed"
        case .delete: "Deleted"
        }
    }
}

/// Raw input as it arrives from an HTML form or a JSON body: every field a list of strings.
public struct FormInput: Sendable, Equatable {
    public var fields: [String: [String]]

    public init(_ fields: [String: [String]] = [:]) {
        self.fields = fields
    }

    public init(single: [String: String]) {
        self.fields = single.mapValues { [$0] }
    }

    /// The first value of a field, trimmed; nil when absent or blank.
    public func value(_ name: String) -> String? {
        guard let raw = fields[name]?.first else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every non-blank value of a multi-valued field.
    public func values(_ name: String) -> [String] {
        (fields[name] ?? [])
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    public subscript(name: String) -> String {
        get { fields[name]?.first ?? "" }
        set { fields[name] = [newValue] }
    }
}

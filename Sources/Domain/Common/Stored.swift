import Foundation

/// The editable content of a kind of record: parsed from people's input, shown back in forms.
public protocol RecordContent: Sendable, Encodable, Equatable {
    /// Reads and validates input; throws one message per bad field.
    static func parse(_ input: FormInput) throws(ValidationFailure) -> Self
    /// The content as form values, to prefill an edit form.
    var formInput: FormInput { get }
}

/// A saved record: its identity, the organization it belongs to, and its content.
/// Encodes flat, so JSON reads `{"id": …, "organization_id": …, "name": …}`.
@dynamicMemberLookup
public struct Stored<Content: RecordContent>: Sendable, Equatable, Encodable, Identifiable {
    public let id: UUID
    public let organizationID: UUID?
    public var content: Content

    public init(id: UUID, organizationID: UUID?, content: Content) {
        self.id = id
        self.organizationID = organizationID
        self.content = content
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<Content, T>) -> T {
        content[keyPath: keyPath]
    }

    private enum CodingKeys: String, CodingKey { case id, organizationID }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(organizationID, forKey: .organizationID)
        try content.encode(to: encoder)
    }
}

extension FormInput {
    /// Builds form values from optional pieces, leaving absent ones blank.
    public static func from(_ pairs: [(String, String?)]) -> FormInput {
        var input = FormInput()
        for (key, value) in pairs { input.fields[key] = value.map { [$0] } ?? [] }
        return input
    }
}

extension Optional where Wrapped == UUID {
    public var formValue: String? { self?.uuidString }
}

extension Optional where Wrapped == Int {
    public var formValue: String? { self.map(String.init) }
}

extension String {
    /// nil for an empty string, so optional text is stored as absent rather than blank.
    public var nilIfEmpty: String? { isEmpty ? nil : self }
}

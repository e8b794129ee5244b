/// A problem with one named input field, phrased for the person who typed it.
public struct FieldError: Sendable, Equatable, Codable {
    /// The input's name as used in forms and JSON bodies, e.g. `owner_team_id`.
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// Thrown when input cannot be accepted; carries one message per bad field.
public struct ValidationFailure: Error, Sendable, Equatable {
    public let errors: [FieldError]

    public init(_ errors: [FieldError]) {
        self.errors = errors
    }

    public init(field: String, message: String) {
        self.errors = [FieldError(field: field, message: message)]
    }

    /// The first message for a field, if any.
    public func message(for field: String) -> String? {
        errors.first { $0.field == field }?.message
    }
}

/// Thrown by a service when what was asked for is not there, or not in this organization, so
/// that other organizations' records cannot be told apart from missing ones. Shown as 404.
public struct NotFound: Error, Sendable, Equatable {
    /// Why, when more can be said than "nothing is here" without revealing anything.
    public let reason: String?

    public init(_ reason: String? = nil) {
        self.reason = reason
    }
}

/// Thrown by a service when a request cannot be carried out in the record's present state,
/// e.g. changing the settings of an import that has started. Shown as 409 with the reason.
public struct Conflict: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

/// Thrown by a service when the person acting may not do what they asked. Shown as 403 with the reason.
public struct Forbidden: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

import Foundation

/// Which rule found that a row was already stored.
public enum DuplicateRule: String, Choice {
    /// The same external id as a stored item.
    case externalID = "external-id"
    /// No external id, and the same content (every mapped field, and how many rows alike came before it in its file).
    case content

    public var label: String {
        switch self {
        case .externalID: "Same external id"
        case .content: "Same content"
        }
    }
}

/// A row an import skipped because it was already stored, with the rule that found it and what it duplicates.
public struct ImportDuplicate: Sendable, Equatable {
    /// The item already stored, and where it came from when an import brought it.
    public struct Original: Sendable, Equatable {
        public let feedbackID: UUID
        public let importID: UUID?
        public let line: Int?
        public let fileName: String?

        public init(feedbackID: UUID, importID: UUID?, line: Int?, fileName: String?) {
            self.feedbackID = feedbackID
            self.importID = importID
            self.line = line
            self.fileName = fileName
        }
    }

    public let line: Int
    public let rule: DuplicateRule
    /// The external id both share (for that rule).
    public let externalID: String?
    public let original: Original?

    public init(line: Int, rule: DuplicateRule, externalID: String?, original: Original?) {
        self.line = line
        self.rule = rule
        self.externalID = externalID
        self.original = original
    }

    /// "the same external id “R_12” as line 3 of this file", as seen from the import `importID`.
    public func explanation(in importID: UUID?) -> String {
        let what = switch rule {
        case .externalID: "the same external id “\(externalID ?? "")”"
        case .content: "the same content (every mapped column, and as many rows alike before it)"
        }
        return what + " as " + Self.place(original, from: importID)
    }

    static func place(_ original: Original?, from importID: UUID?) -> String {
        guard let original else { return "an item no longer stored" }
        guard let line = original.line, let source = original.importID else { return "an item already stored (not from an import)" }
        if source == importID { return "line \(line) of this file" }
        return "line \(line) of “\(original.fileName ?? "an earlier import")”"
    }
}

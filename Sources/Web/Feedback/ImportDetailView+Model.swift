import Domain
import Foundation

/// The mapping form of a draft import, with the first rows as they would import.
public struct ImportMappingModel: Sendable {
    public let summary: ImportSummary
    public let slug: String
    public let columns: [String]
    public let values: FormInput
    public let errors: [FieldError]
    public let fileError: String?
    public let preview: [[Cell]]
    /// Set for a Qualtrics export: what its rows are, and whether the form's rows match them.
    public var layoutNote: String?

    public init(_ summary: ImportSummary, slug: String, columns: [String], values: FormInput, errors: [FieldError], fileError: String?,
                preview: [[Cell]]) {
        self.summary = summary
        self.slug = slug
        self.columns = columns
        self.values = values
        self.errors = errors
        self.fileError = fileError
        self.preview = preview
    }
}

/// An import under way or done: its counts and its first rejected rows.
public struct ImportStatusModel: Sendable {
    public let summary: ImportSummary
    public let slug: String
    public let rejections: [[Cell]]
    /// The first rows skipped as already stored: line, rule, and what each duplicates.
    public let duplicates: [[Cell]]
    /// What the items it brought add up to: their scores, and their themes (name, items, the items' list).
    public var scores: ScoreLine?
    public var themes: [(name: String, items: Int, url: String)] = []

    public init(_ summary: ImportSummary, slug: String, rejections: [[Cell]], duplicates: [[Cell]] = []) {
        self.summary = summary
        self.slug = slug
        self.rejections = rejections
        self.duplicates = duplicates
    }
}

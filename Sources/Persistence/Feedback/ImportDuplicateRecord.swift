import Domain
import FluentKit
import Foundation

/// A row an import skipped as already stored: its line, the rule that found it, and the item it duplicates.
public final class ImportDuplicateRecord: Model, @unchecked Sendable {
    public static let schema = "import_duplicates"

    @ID(key: .id) public var id: UUID?
    @Field(key: "import_id") var importID: UUID
    @Field(key: "line") var line: Int
    @Field(key: "rule") var rule: String
    @OptionalField(key: "external_id") var externalID: String?
    @OptionalField(key: "original_id") var originalID: UUID?
    @OptionalField(key: "original_import_id") var originalImportID: UUID?
    @OptionalField(key: "original_line") var originalLine: Int?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $importID, $line, $rule, $externalID, $originalID, $originalImportID, $originalLine] }

    public init() {}

    init(importID: UUID, line: Int, rule: DuplicateRule, externalID: String?, original: StoredOrigin) {
        self.importID = importID
        self.line = line
        self.rule = rule.rawValue
        self.externalID = externalID
        self.originalID = original.id
        self.originalImportID = original.importID
        self.originalLine = original.line
    }

    /// One page of an import's skipped rows in line order, each with the file name of the import its original came from.
    static func page(importID: UUID, offset: Int, limit: Int, on db: any Database) async throws -> [ImportDuplicate] {
        let records = try await query(on: db).filter(\.$importID == importID).sort(\.$line).sort(\.$id).range(offset..<(offset + limit)).all()
        let sources = Set(records.compactMap(\.originalImportID))
        let names = sources.isEmpty ? [:] : Dictionary(
            try await FeedbackImportRecord.query(on: db).filter(\.$id ~~ sources).all().map { ($0.id!, $0.fileName) }, uniquingKeysWith: { a, _ in a })
        return records.map { record in
            ImportDuplicate(line: record.line, rule: DuplicateRule(rawValue: record.rule) ?? .content, externalID: record.externalID,
                            original: record.originalID.map {
                                ImportDuplicate.Original(feedbackID: $0, importID: record.originalImportID, line: record.originalLine,
                                                         fileName: record.originalImportID.flatMap { names[$0] })
                            })
        }
    }
}

/// Where a stored item came from, as a duplicate names it.
struct StoredOrigin: Sendable {
    let id: UUID
    let importID: UUID?
    let line: Int?
}

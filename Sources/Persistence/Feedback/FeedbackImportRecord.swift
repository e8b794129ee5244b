import Domain
import FluentKit
import Foundation

public enum ImportStatus: String, Choice {
    case draft, queued, running, finished, failed
    /// Its runner went away (Align stopped or the process died): it can be resumed.
    case interrupted

    public var label: String {
        switch self {
        case .draft: "Waiting for its column mapping"
        case .queued: "Waiting to start"
        case .running: "Importing"
        case .finished: "Finished"
        case .failed: "Stopped"
        case .interrupted: "Interrupted"
        }
    }
}

/// One import of a file: its settings, how far it got and what it counted.
public final class FeedbackImportRecord: Model, @unchecked Sendable {
    public static let schema = "feedback_imports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "file_name") public var fileName: String
    @Field(key: "format") public var format: String
    @Field(key: "status") public var statusValue: String
    @Field(key: "settings") var settingsJSON: String
    /// Where the uploaded file waits until the import has read it; nil once read.
    @OptionalField(key: "file_path") public var filePath: String?
    @Field(key: "total_bytes") public var totalBytes: Int64
    @Field(key: "bytes_read") public var bytesRead: Int64
    @Field(key: "rows_read") public var rowsRead: Int
    @Field(key: "imported") public var imported: Int
    @Field(key: "duplicates") public var duplicates: Int
    @Field(key: "rejected") public var rejected: Int
    @OptionalField(key: "error") public var error: String?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    /// Renewed by the running import (`ImportLease`); an old one means its runner is gone.
    @OptionalField(key: "heartbeat_at") public var heartbeatAt: Date?
    @OptionalField(key: "lease_token") var leaseToken: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $fileName, $format, $statusValue, $settingsJSON, $filePath, $totalBytes, $bytesRead, $rowsRead, $imported, $duplicates, $rejected, $error, $createdBy, $finishedAt, $heartbeatAt, $leaseToken, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, fileName: String, settings: ImportSettings, filePath: String?, totalBytes: Int64, createdBy: UUID?) {
        self.organizationID = organizationID
        self.fileName = fileName
        self.statusValue = ImportStatus.queued.rawValue
        settingsJSON(settings)
        self.filePath = filePath
        self.totalBytes = totalBytes
        self.bytesRead = 0
        self.rowsRead = 0
        self.imported = 0
        self.duplicates = 0
        self.rejected = 0
        self.createdBy = createdBy
    }

    public var status: ImportStatus { ImportStatus(rawValue: statusValue) ?? .failed }

    public func settingsJSON(_ settings: ImportSettings) {
        settingsJSON = String(decoding: try! JSONEncoder().encode(settings), as: UTF8.self)
        format = settings.format.rawValue
    }

    public var settings: ImportSettings? { try? JSONDecoder().decode(ImportSettings.self, from: Data(settingsJSON.utf8)) }

    /// How much of the file has been read, 0–100.
    public var percent: Int {
        status == .finished ? 100 : totalBytes > 0 ? Int(min(100, bytesRead * 100 / totalBytes)) : 0
    }

    public static func find(_ id: UUID, organizationID: UUID, on db: any Database) async throws -> FeedbackImportRecord? {
        try await query(on: db).filter(\.$id == id).filter(\.$organizationID == organizationID).first()
    }

    public static func list(organizationID: UUID, page: Pagination, on db: any Database) async throws -> Paged<FeedbackImportRecord> {
        let query = FeedbackImportRecord.query(on: db).filter(\.$organizationID == organizationID)
        let total = try await query.copy().count()
        let items = try await query.sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return Paged(items: items, request: page, total: total)
    }

    public static let interruptedMessage = "Align stopped while this import ran. Resume it to read the rest of the file: the rows already stored stay, and are not stored twice."

}

/// A row an import left out, with the line and column at fault.
public final class ImportRejectionRecord: Model, @unchecked Sendable {
    public static let schema = "import_rejections"

    @ID(key: .id) public var id: UUID?
    @Field(key: "import_id") var importID: UUID
    @Field(key: "line") public var line: Int
    @Field(key: "column_name") public var column: String
    @Field(key: "reason") public var reason: String
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $importID, $line, $column, $reason] }

    public init() {}

    init(importID: UUID, rejection: ImportRejection) {
        self.importID = importID
        self.line = rejection.line
        self.column = rejection.column
        self.reason = rejection.reason
    }

    public static func page(importID: UUID, offset: Int, limit: Int, on db: any Database) async throws -> [ImportRejectionRecord] {
        try await query(on: db).filter(\.$importID == importID).sort(\.$line).sort(\.$id).range(offset..<(offset + limit)).all()
    }

    /// Every rejection of an import in line order, a page at a time so a large list streams.
    public static func forEach(importID: UUID, on db: any Database, _ body: ([ImportRejectionRecord]) async throws -> Void) async throws {
        var offset = 0
        while true {
            let page = try await page(importID: importID, offset: offset, limit: 5_000, on: db)
            if page.isEmpty { return }
            try await body(page)
            offset += page.count
        }
    }
}

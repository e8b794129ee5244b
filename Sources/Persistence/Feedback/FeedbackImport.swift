import Domain
import Foundation

/// A feedback import as pages, the API and the command line show it: its file, how far it got
/// and what it counted.
public struct FeedbackImport: Sendable, Equatable {
    public let id: UUID
    public let organizationID: UUID
    public let fileName: String
    public let format: ImportFormat
    public let status: ImportStatus
    public let settings: ImportSettings?
    /// Where the uploaded file waits until the import has read it; nil once read.
    public let filePath: String?
    /// How much of the file has been read, 0–100.
    public let percent: Int
    public let rowsRead: Int
    public let imported: Int
    public let duplicates: Int
    public let rejected: Int
    public let error: String?
    public let createdAt: Date?
    public let finishedAt: Date?

    /// Interrupted, with its file still here to read the rest from.
    public var canResume: Bool { status == .interrupted && filePath.map { FileManager.default.fileExists(atPath: $0) } == true }
}

/// A file received for importing, already on disk.
public struct UploadedFile: Sendable, Equatable {
    public var path: String
    public var name: String
    public var bytes: Int64

    public init(path: String, name: String, bytes: Int64) {
        self.path = path
        self.name = name
        self.bytes = bytes
    }
}

/// What an import stored, and how many links to known frictions wait for review after it.
public struct ImportOutcome: Sendable {
    public let feedbackImport: FeedbackImport
    /// Nil when links were not proposed (the import failed, or the caller proposes them later).
    public let linksProposed: Int?
}

extension FeedbackImportRecord {
    var value: FeedbackImport {
        FeedbackImport(id: id!, organizationID: organizationID, fileName: fileName, format: ImportFormat(rawValue: format) ?? .csv,
                       status: status, settings: settings, filePath: filePath, percent: percent, rowsRead: rowsRead,
                       imported: imported, duplicates: duplicates, rejected: rejected, error: error,
                       createdAt: createdAt, finishedAt: finishedAt)
    }
}

import Domain
import Foundation

/// The organization's feedback imports, newest first, a page at a time.
public struct ImportsListModel: Sendable {
    public let imports: [ImportSummary]
    public let slug: String
    public let page: Int
    public let pageCount: Int
    public let total: Int
    public let canImport: Bool

    public init(_ imports: [ImportSummary], slug: String, page: Int, pageCount: Int, total: Int, canImport: Bool) {
        self.imports = imports
        self.slug = slug
        self.page = page
        self.pageCount = pageCount
        self.total = total
        self.canImport = canImport
    }
}

/// The upload form, with why the last file was refused, if it was.
public struct ImportUploadModel: Sendable {
    public let slug: String
    public let format: ImportFormat
    public let error: String?

    public init(slug: String, format: ImportFormat, error: String?) {
        self.slug = slug
        self.format = format
        self.error = error
    }
}

/// One import as the pages show it.
public struct ImportSummary: Sendable {
    public var id: UUID
    public var fileName: String
    public var format: ImportFormat
    public var statusLabel: String
    public var tone: Cell.Tone
    public var isDraft: Bool
    public var isActive: Bool
    public var percent: Int
    public var rowsRead: Int
    public var imported: Int
    public var duplicates: Int
    public var rejected: Int
    public var started: String
    public var error: String?
    /// Interrupted: its runner went away; `canResume` when its file is still here to read the rest from.
    public var isInterrupted: Bool
    public var canResume: Bool

    public init(id: UUID, fileName: String, format: ImportFormat, statusLabel: String, tone: Cell.Tone, isDraft: Bool, isActive: Bool,
                percent: Int, rowsRead: Int, imported: Int, duplicates: Int, rejected: Int, started: String, error: String?,
                canResume: Bool = false, isInterrupted: Bool = false) {
        self.canResume = canResume
        self.isInterrupted = isInterrupted
        self.id = id
        self.fileName = fileName
        self.format = format
        self.statusLabel = statusLabel
        self.tone = tone
        self.isDraft = isDraft
        self.isActive = isActive
        self.percent = percent
        self.rowsRead = rowsRead
        self.imported = imported
        self.duplicates = duplicates
        self.rejected = rejected
        self.started = started
        self.error = error
    }
}

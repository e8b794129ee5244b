import Domain
import FluentKit
import Foundation
import Logging

/// Bulk feedback imports in one organization: every way in (the upload page, the API, the
/// command line) starts, checks and runs an import through these functions.
public struct FeedbackImports: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    public func list(_ page: Pagination) async throws -> Paged<FeedbackImport> {
        try await ImportLease.markInterrupted(organizationID: scope.id, on: scope.db)
        return try await FeedbackImportRecord.list(organizationID: scope.id, page: page, on: scope.db).map(\.value)
    }

    /// The import with this id in this organization.
    public func find(_ id: UUID) async throws -> FeedbackImport {
        // An import whose runner is gone is shown as interrupted, never as running for ever.
        try await ImportLease.markInterrupted(organizationID: scope.id, on: scope.db)
        return try await record(id).value
    }

    /// The import with this id, which must still wait for its column mapping.
    public func findDraft(_ id: UUID) async throws -> FeedbackImport {
        try await draftRecord(id).value
    }

    /// The first rows of `path` as these settings would import them; an `ImportFailure` when the
    /// file is not text, not the format, or lacks a mapped column.
    public func preview(_ path: String, settings: ImportSettings, rows: Int = 10) async throws -> ImportPreview {
        try await ImportRun.preview(path: path, settings: settings, organizationID: scope.id, on: scope.db, rows: rows)
    }

    /// The Qualtrics header layout of the CSV at `path`, if it has one.
    public func layout(of path: String) -> QualtricsLayout? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 64 * 1024)).flatMap { QualtricsLayout.detect(Array($0)) }
    }

    /// Refuses a Qualtrics export whose rows were not given (the API, the command line): read from row 2, its
    /// question texts and import ids would be stored as answers.
    private func checkLayout(_ path: String, settings: ImportSettings, rowsGiven: Bool) throws {
        guard !rowsGiven, settings.format == .csv, let layout = layout(of: path), settings.firstDataRow != layout.firstDataRow else { return }
        throw ImportFailure("The file looks like \(layout.description). Set the first row of answers to \(layout.firstDataRow) "
                            + "(--first-data-row \(layout.firstDataRow), or first_data_row=\(layout.firstDataRow) in the API)"
                            + (layout.timeZone.map { " and the time zone to \($0) (--time-zone, time_zone)" } ?? "")
                            + "; or set it to 2 to import the header rows as answers too.")
    }

    /// Keeps an uploaded file as a draft waiting for its column mapping, once it is text in the
    /// format chosen; otherwise removes the file and fails.
    public func draft(_ file: UploadedFile, format: ImportFormat) async throws -> FeedbackImport {
        var settings = ImportSettings(format: format)
        settings.columns["text"] = ""
        try await checkStart(file.path, settings: settings, removingOnFailure: true)
        let record = FeedbackImportRecord(organizationID: scope.id, fileName: String(file.name.prefix(200)), settings: settings,
                                          filePath: file.path, totalBytes: file.bytes, createdBy: scope.actor.userID)
        record.statusValue = ImportStatus.draft.rawValue
        try await record.create(on: scope.db)
        return record.value
    }

    /// Starts a draft with its mapping, in the background.
    public func start(_ id: UUID, settings: ImportSettings, in background: BackgroundWork, logger: Logger) async throws -> FeedbackImport {
        let record = try await draftRecord(id)
        guard let path = record.filePath else { throw Conflict("This upload has already been imported.") }
        try await checkStart(path, settings: settings, removingOnFailure: false)
        return try await launch(record, settings: settings, path: path, in: background, logger: logger)
    }

    /// Imports an uploaded file with settings given up front (the API), in the background; `rowsGiven` when the
    /// request named the first row of answers.
    public func start(_ file: UploadedFile, settings: ImportSettings, rowsGiven: Bool = true, in background: BackgroundWork,
                      logger: Logger) async throws -> FeedbackImport {
        do { try checkLayout(file.path, settings: settings, rowsGiven: rowsGiven) } catch {
            ImportFiles.remove(file.path)
            throw error
        }
        try await checkStart(file.path, settings: settings, removingOnFailure: true)
        let record = FeedbackImportRecord(organizationID: scope.id, fileName: String(file.name.prefix(200)), settings: settings,
                                          filePath: file.path, totalBytes: file.bytes, createdBy: scope.actor.userID)
        try await record.create(on: scope.db)
        return try await launch(record, settings: settings, path: file.path, in: background, logger: logger)
    }

    /// Resumes an interrupted import from its file, in the background: the rows it stored stay, the rest are read.
    public func resume(_ id: UUID, in background: BackgroundWork, logger: Logger) async throws -> FeedbackImport {
        let (record, path) = try await resumable(id)
        let db = scope.db
        background.start(logger) { try await ImportRun.execute(id, path: path, deleteFileAfter: true, resume: true, on: db) }
        try await scope.audit(.update, "imports", id: id, before: nil, after: FormInput(single: ["name": record.fileName, "status": "resumed"]))
        return record.value
    }

    /// Resumes an interrupted import here and now (the command line), telling `progress` as it goes.
    public func resumeHere(_ id: UUID, progress: @Sendable (ImportProgress) async -> Void = { _ in }) async throws -> ImportOutcome {
        let (record, path) = try await resumable(id)
        try await scope.audit(.update, "imports", id: id, before: nil, after: FormInput(single: ["name": record.fileName, "status": "resumed"]))
        return try await ImportRun.execute(id, path: path, deleteFileAfter: true, resume: true, on: scope.db, progress: progress)
    }

    /// Imports a file that stays where it is (the command line's) here and now, telling
    /// `progress` as it goes and `stored` once the rows are in.
    public func importFile(_ path: String, settings: ImportSettings, rowsGiven: Bool = true,
                           progress: @Sendable (ImportProgress) async -> Void = { _ in },
                           stored: @Sendable (FeedbackImport) async throws -> Void = { _ in }) async throws -> ImportOutcome {
        try checkLayout(path, settings: settings, rowsGiven: rowsGiven)
        return try await ImportRun.importFile(path, name: URL(fileURLWithPath: path).lastPathComponent, settings: settings,
                                       organizationID: scope.id, createdBy: scope.actor.userID, proposeLinks: true,
                                       on: scope.db, progress: progress, stored: stored)
    }

    /// Throws a draft and its file away.
    public func discard(_ id: UUID) async throws {
        let record = try await draftRecord(id)
        if let path = record.filePath { try? FileManager.default.removeItem(atPath: path) }
        try await record.delete(on: scope.db)
    }

    /// One page of an import's rejected rows, in line order.
    public func rejections(_ id: UUID, page: Pagination) async throws -> Paged<ImportRejection> {
        let record = try await record(id)
        let items = try await ImportRejectionRecord.page(importID: id, offset: page.offset, limit: page.per, on: scope.db)
        return Paged(items: items.map(\.value), request: page, total: record.rejected)
    }

    /// One page of the rows an import skipped as already stored, in line order, each with its rule and original.
    public func duplicates(_ id: UUID, page: Pagination) async throws -> Paged<ImportDuplicate> {
        let record = try await record(id)
        let items = try await ImportDuplicateRecord.page(importID: id, offset: page.offset, limit: page.per, on: scope.db)
        return Paged(items: items, request: page, total: record.duplicates)
    }

    /// Every rejected row of an import in line order, a page at a time so a long list streams.
    public func forEachRejection(_ id: UUID, _ body: ([ImportRejection]) async throws -> Void) async throws {
        _ = try await record(id)
        try await ImportRejectionRecord.forEach(importID: id, on: scope.db) { try await body($0.map(\.value)) }
    }

    // MARK: Steps

    private func record(_ id: UUID) async throws -> FeedbackImportRecord {
        guard let record = try await FeedbackImportRecord.find(id, organizationID: scope.id, on: scope.db) else { throw NotFound() }
        return record
    }

    private func draftRecord(_ id: UUID) async throws -> FeedbackImportRecord {
        let record = try await record(id)
        guard record.status == .draft else { throw Conflict("This import has already started; its settings cannot change.") }
        return record
    }

    private func resumable(_ id: UUID) async throws -> (FeedbackImportRecord, String) {
        try scope.authorize(.importFeedback)
        try await ImportLease.markInterrupted(organizationID: scope.id, on: scope.db)
        let record = try await record(id)
        guard record.status == .interrupted else { throw Conflict("Only an interrupted import can be resumed; this one is \(record.status.label.lowercased()).") }
        guard let path = record.filePath, FileManager.default.fileExists(atPath: path) else {
            throw Conflict("The file of this import is no longer here: import it again. The rows already stored are not stored twice.")
        }
        return (record, path)
    }

    private func checkStart(_ path: String, settings: ImportSettings, removingOnFailure: Bool) async throws {
        do { _ = try await preview(path, settings: settings, rows: 1) } catch {
            if removingOnFailure { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
    }

    private func launch(_ record: FeedbackImportRecord, settings: ImportSettings, path: String, in background: BackgroundWork,
                        logger: Logger) async throws -> FeedbackImport {
        try await ImportLease.markInterrupted(on: scope.db)
        try await ImportFiles.clearAway(on: scope.db)
        record.settingsJSON(settings)
        record.statusValue = ImportStatus.queued.rawValue
        try await record.update(on: scope.db)
        let id = record.id!, db = scope.db
        background.start(logger) { try await ImportRun.execute(id, path: path, deleteFileAfter: true, on: db) }
        try await scope.audit(.create, "imports", id: id, before: nil, after: FormInput(single: ["name": record.fileName]))
        return record.value
    }
}

extension ImportRejectionRecord {
    var value: ImportRejection { ImportRejection(line: line, column: column, reason: reason) }
}

extension AlignStore {
    /// At start: imports whose runner is gone (in any instance) are marked interrupted, and uploads no import
    /// will read again are removed. Imports other instances are running keep their lease and are not touched.
    public func settleImports() async throws {
        try await ImportLease.markInterrupted(on: db)
        try await ImportFiles.clearAway(on: db)
    }
}

import Domain
import FluentKit
import Foundation

/// Carries an import record from queued to finished or stopped, whoever started it (web, API,
/// command line or the demo).
enum ImportRun {
    /// Checks the start of the file against the settings before anything is stored.
    static func preview(path: String, settings: ImportSettings, organizationID: UUID, on db: any Database, rows: Int = 10)
        async throws -> ImportPreview {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure("The file could not be opened.") }
        defer { try? handle.close() }
        let sample = try handle.read(upToCount: ImportPreview.sampleBytes + 1) ?? Data()
        let isWhole = sample.count <= ImportPreview.sampleBytes
        if !isWhole, ImportFileCheck.knownOtherKind(Array(sample.prefix(4096))) == nil {
            // Read through once before anything is stored, so a fault far into the file is refused with
            // every place it occurs (up to 20), not met halfway through the import.
            var scan = TextScan()
            scan.feed(sample)
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { scan.feed(chunk) }
            scan.finish()
            if let problem = scan.problem { throw ImportFailure(problem) }
        }
        let directory = try await FeedbackImporter.directory(organizationID, on: db)
        var preview: ImportPreview
        do {
            preview = try ImportPreview.read(Array(sample.prefix(ImportPreview.sampleBytes)), isWholeFile: isWhole, settings: settings,
                                             directory: directory, rows: rows)
        } catch { throw ImportFailure(error.description) }
        preview.duplicates = try await duplicates(in: preview, organizationID: organizationID, on: db)
        return preview
    }

    /// The preview's rows the import would skip, found by the same rules as the import: the same external id,
    /// or (without one) the same content and number of rows alike before it, stored already or earlier in the file.
    private static func duplicates(in preview: ImportPreview, organizationID: UUID, on db: any Database) async throws -> [Int: String] {
        var occurrences = ContentOccurrences()
        let rows = preview.rows.compactMap { row -> (line: Int, externalID: String?, hash: String?)? in
            guard case .success(let imported) = row.outcome else { return nil }
            let hash = imported.contentKey.map { occurrences.numbered(FeedbackImporter.hash($0), content: $0) }
            return (row.line, imported.item.externalID, hash)
        }
        var known = try await StoredKeys.load(organizationID, externalIDs: rows.compactMap(\.externalID), hashes: rows.compactMap(\.hash), on: db)
        let thisFile = UUID()
        var found: [Int: String] = [:]
        for row in rows {
            guard let (rule, original) = known.duplicate(row.externalID, row.hash, storingAs: StoredOrigin(id: UUID(), importID: thisFile, line: row.line))
            else { continue }
            var name: String?
            if let source = original.importID, source != thisFile { name = try await FeedbackImportRecord.find(source, on: db)?.fileName }
            found[row.line] = ImportDuplicate(line: row.line, rule: rule, externalID: row.externalID,
                                              original: .init(feedbackID: original.id, importID: original.importID, line: original.line, fileName: name))
                .explanation(in: thisFile)
        }
        return found
    }

    /// Imports a file that stays where it is (the command line's, the demo's) under `name`: checks its
    /// start, records the import, then runs it here and now.
    static func importFile(_ path: String, name: String, settings: ImportSettings, organizationID: UUID, createdBy: UUID?,
                           proposeLinks: Bool, on db: any Database,
                           progress: @Sendable (ImportProgress) async -> Void = { _ in },
                           stored: @Sendable (FeedbackImport) async throws -> Void = { _ in }) async throws -> ImportOutcome {
        _ = try await preview(path: path, settings: settings, organizationID: organizationID, on: db, rows: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        // The path is kept while the import runs, so an interrupted one can be resumed from the same file.
        let record = FeedbackImportRecord(organizationID: organizationID, fileName: name, settings: settings,
                                          filePath: URL(fileURLWithPath: path).standardizedFileURL.path, totalBytes: size, createdBy: createdBy)
        try await record.create(on: db)
        return try await execute(record.id!, path: path, deleteFileAfter: false, proposeLinks: proposeLinks, on: db,
                                 progress: progress, stored: stored)
    }

    /// Runs the import the record describes, reading `path`, and records the outcome. It first claims the
    /// import's lease (a queued import, or an interrupted one with `resume`), so no two runners ever read the
    /// same import. With `deleteFileAfter`, the file (an upload) is removed once the import ends, but kept when it
    /// is interrupted, to resume. `stored` hears the counts as soon as the rows are in, before themes and links
    /// are worked out; what it throws reaches the caller and leaves the import finished.
    @discardableResult
    static func execute(_ importID: UUID, path: String, deleteFileAfter: Bool, resume: Bool = false, proposeLinks: Bool = true,
                        batchSize: Int? = nil, on db: any Database, progress: @Sendable (ImportProgress) async -> Void = { _ in },
                        stored: @Sendable (FeedbackImport) async throws -> Void = { _ in }) async throws -> ImportOutcome {
        guard let record = try await FeedbackImportRecord.find(importID, on: db), let settings = record.settings else {
            throw ImportFailure("The import \(importID) does not exist.")
        }
        guard let lease = try await ImportLease.claim(importID, from: resume ? [.interrupted] : [.queued], on: db) else {
            throw Conflict(resume ? "This import is not interrupted: it is \(record.status.label.lowercased())." : "This import has already started.")
        }
        let keepAlive = Task { await lease.keepAlive(on: db) }
        defer { keepAlive.cancel() }
        var resumeFrom: ImportProgress?
        if resume { resumeFrom = ImportProgress(record) }
        var importer = FeedbackImporter(db: db, organizationID: record.organizationID, settings: settings)
        if let batchSize { importer.batchSize = batchSize }
        do {
            _ = try await importer.run(path: path, lease: lease, resumeFrom: resumeFrom, progress: progress)
            // Every row is in: the upload is not read again.
            if deleteFileAfter { ImportFiles.remove(path) }
            try await DatabaseStatistics.refresh(db)
        } catch {
            try await end(lease, error, path: path, deleteFileAfter: deleteFileAfter, on: db)
            return ImportOutcome(feedbackImport: try await FeedbackImportRecord.find(importID, on: db)!.value, linksProposed: nil)
        }
        let links = try await afterRows(lease, record.organizationID, proposeLinks: proposeLinks, on: db, stored: stored)
        return ImportOutcome(feedbackImport: try await FeedbackImportRecord.find(importID, on: db)!.value, linksProposed: links)
    }

    /// Finishes the import once its rows are in, then works out themes (when there are none yet) and links.
    private static func afterRows(_ lease: ImportLease, _ organizationID: UUID, proposeLinks: Bool, on db: any Database,
                                  stored: @Sendable (FeedbackImport) async throws -> Void) async throws -> Int? {
        try await lease.settle(.finished, error: nil, keepFile: false, on: db)
        try await stored(try await FeedbackImportRecord.find(lease.importID, on: db)!.value)
        do {
            return try await ImportFollowUp.runPlanned(lease.importID, organizationID: organizationID, proposeLinks: proposeLinks, on: db)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            try await FeedbackImportRecord.query(on: db).filter(\.$id == lease.importID)
                .set(\.$statusValue, to: ImportStatus.failed.rawValue).set(\.$error, to: message(error)).update()
            return nil
        }
    }

    /// A run that stopped: interrupted (resumable, the file kept) when Align is shutting down, else failed.
    private static func end(_ lease: ImportLease, _ error: any Error, path: String, deleteFileAfter: Bool, on db: any Database) async throws {
        if error is LostLease { return }
        let interrupted = error is CancellationError
        try await lease.settle(interrupted ? .interrupted : .failed, error: message(error), keepFile: interrupted, on: db)
        if deleteFileAfter, !interrupted { ImportFiles.remove(path) }
    }

    private static func message(_ error: any Error) -> String {
        (error as? ImportFailure)?.description
            ?? (error is CancellationError ? FeedbackImportRecord.interruptedMessage : "The import stopped: \(String(describing: error))")
    }
}

extension ImportProgress {
    /// The counts an import's record holds, which its batches wrote with their rows.
    init(_ record: FeedbackImportRecord) {
        self.init()
        (bytesRead, totalBytes, rowsRead) = (record.bytesRead, record.totalBytes, record.rowsRead)
        (imported, duplicates, rejected) = (record.imported, record.duplicates, record.rejected)
    }
}

extension FeedbackImportRecord {
    static func find(_ id: UUID, on db: any Database) async throws -> FeedbackImportRecord? {
        try await query(on: db).filter(\.$id == id).first()
    }
}

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
        do {
            return try ImportPreview.read(Array(sample.prefix(ImportPreview.sampleBytes)), isWholeFile: isWhole, settings: settings,
                                          directory: directory, rows: rows)
        } catch { throw ImportFailure(error.description) }
    }

    /// Imports a file that stays where it is (the command line's, the demo's) under `name`: checks its
    /// start, records the import, then runs it here and now.
    static func importFile(_ path: String, name: String, settings: ImportSettings, organizationID: UUID, createdBy: UUID?,
                           proposeLinks: Bool, on db: any Database,
                           progress: @Sendable (ImportProgress) async -> Void = { _ in },
                           stored: @Sendable (FeedbackImport) async throws -> Void = { _ in }) async throws -> ImportOutcome {
        _ = try await preview(path: path, settings: settings, organizationID: organizationID, on: db, rows: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        let record = FeedbackImportRecord(organizationID: organizationID, fileName: name, settings: settings, filePath: nil,
                                          totalBytes: size, createdBy: createdBy)
        try await record.create(on: db)
        return try await execute(record.id!, path: path, deleteFileAfter: false, proposeLinks: proposeLinks, on: db,
                                 progress: progress, stored: stored)
    }

    /// Runs the import the record describes, reading `path`, and records the outcome. With
    /// `deleteFileAfter`, the file (an upload) is removed once read, whatever happened. `stored`
    /// hears the counts as soon as the rows are in, before themes and links are worked out; what it
    /// throws reaches the caller and leaves the import finished.
    @discardableResult
    static func execute(_ importID: UUID, path: String, deleteFileAfter: Bool, proposeLinks: Bool = true, on db: any Database,
                        progress: @Sendable (ImportProgress) async -> Void = { _ in },
                        stored: @Sendable (FeedbackImport) async throws -> Void = { _ in }) async throws -> ImportOutcome {
        defer { if deleteFileAfter { try? FileManager.default.removeItem(atPath: path) } }
        guard let record = try await FeedbackImportRecord.find(importID, on: db), let settings = record.settings else {
            throw ImportFailure("The import \(importID) does not exist.")
        }
        record.statusValue = ImportStatus.running.rawValue
        try await record.update(on: db)
        let importer = FeedbackImporter(db: db, organizationID: record.organizationID, settings: settings)
        do {
            _ = try await importer.run(path: path, importID: importID, progress: progress)
            try await DatabaseStatistics.refresh(db)
            try await finish(importID, status: .finished, error: nil, on: db)
        } catch {
            try await fail(importID, error, on: db)
            return ImportOutcome(feedbackImport: try await FeedbackImportRecord.find(importID, on: db)!.value, linksProposed: nil)
        }
        try await stored(try await FeedbackImportRecord.find(importID, on: db)!.value)
        var links: Int?
        do {
            if try await FeedbackThemes.current(record.organizationID, on: db).isEmpty {
                try await FeedbackThemes.recompute(record.organizationID, on: db)
            }
            if proposeLinks { links = try await LinkProposals.refresh(record.organizationID, on: db).proposed }
        } catch {
            try await fail(importID, error, on: db)
            links = nil
        }
        return ImportOutcome(feedbackImport: try await FeedbackImportRecord.find(importID, on: db)!.value, linksProposed: links)
    }

    private static func fail(_ importID: UUID, _ error: any Error, on db: any Database) async throws {
        let message = (error as? ImportFailure)?.description
            ?? (error is CancellationError ? FeedbackImportRecord.interruptedMessage : "The import stopped: \(String(describing: error))")
        try await finish(importID, status: .failed, error: message, on: db)
    }

    private static func finish(_ importID: UUID, status: ImportStatus, error: String?, on db: any Database) async throws {
        try await FeedbackImportRecord.query(on: db).filter(\.$id == importID)
            .set(\.$statusValue, to: status.rawValue).set(\.$error, to: error).set(\.$filePath, to: nil)
            .set(\.$finishedAt, to: Date()).update()
    }
}

extension FeedbackImportRecord {
    static func find(_ id: UUID, on db: any Database) async throws -> FeedbackImportRecord? {
        try await query(on: db).filter(\.$id == id).first()
    }
}

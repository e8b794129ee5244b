import Domain
import FluentKit
import Foundation

/// Carries an import record from queued to finished or stopped, whoever started it (web, API or CLI).
public enum ImportRun {
    /// Checks the start of the file against the settings before anything is stored.
    public static func preview(path: String, settings: ImportSettings, organizationID: UUID, on db: any Database, rows: Int = 10)
        async throws -> ImportPreview {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure("The file could not be opened.") }
        defer { try? handle.close() }
        let sample = try handle.read(upToCount: ImportPreview.sampleBytes + 1) ?? Data()
        let isWhole = sample.count <= ImportPreview.sampleBytes
        let directory = try await FeedbackImporter.directory(organizationID, on: db)
        do {
            return try ImportPreview.read(Array(sample.prefix(ImportPreview.sampleBytes)), isWholeFile: isWhole, settings: settings,
                                          directory: directory, rows: rows)
        } catch { throw ImportFailure(error.description) }
    }

    /// Runs the import the record describes, reading `path`, and records the outcome. With
    /// `deleteFileAfter`, the file (an upload) is removed once read, whatever happened.
    @discardableResult
    public static func execute(_ importID: UUID, path: String, deleteFileAfter: Bool, proposeLinks: Bool = true, on db: any Database,
                               progress: @Sendable (ImportProgress) async -> Void = { _ in }) async throws -> FeedbackImportRecord {
        defer { if deleteFileAfter { try? FileManager.default.removeItem(atPath: path) } }
        guard let record = try await FeedbackImportRecord.find(importID, on: db), let settings = record.settings else {
            throw ImportFailure("The import \(importID) does not exist.")
        }
        record.statusValue = ImportStatus.running.rawValue
        try await record.update(on: db)
        let importer = FeedbackImporter(db: db, organizationID: record.organizationID, settings: settings)
        do {
            _ = try await importer.run(path: path, importID: importID, progress: progress)
            try await finish(importID, status: .finished, error: nil, on: db)
            if try await FeedbackThemes.current(record.organizationID, on: db).isEmpty {
                try await FeedbackThemes.recompute(record.organizationID, on: db)
            }
            if proposeLinks { try await LinkProposals.refresh(record.organizationID, on: db) }
        } catch {
            let message = (error as? ImportFailure)?.description
                ?? (error is CancellationError ? FeedbackImportRecord.interruptedMessage : "The import stopped: \(String(describing: error))")
            try await finish(importID, status: .failed, error: message, on: db)
        }
        return try await FeedbackImportRecord.find(importID, on: db)!
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

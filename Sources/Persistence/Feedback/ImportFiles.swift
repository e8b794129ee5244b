import Domain
import FluentKit
import Foundation
import SQLKit

/// Where uploads wait between being received and being imported, and how they are cleared away: a file
/// goes when its import finishes or fails, an interrupted import keeps its file for `kept` to be resumed,
/// and a file no import names (an upload cut off mid-way) goes once it has not grown for `orphanAge`.
/// Align only ever removes files in this folder; a file the command line imports stays where it is.
public enum ImportFiles {
    public static var directory: String {
        let path = NSTemporaryDirectory() + "align-imports"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    public static func newPath() -> String { directory + "/" + UUID().uuidString + ".upload" }

    /// Files larger than this are refused while they arrive.
    public static let maximumBytes: Int64 = 4 << 30
    /// How long an interrupted import (or a draft waiting for its mapping) keeps its upload.
    public static let kept: TimeInterval = 7 * 86_400
    /// An upload no import names is still arriving while it grows; one untouched this long was cut off.
    public static let orphanAge: TimeInterval = 3_600

    /// Removes `path` if it is one of Align's uploads.
    static func remove(_ path: String) {
        guard isUpload(path) else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    static func isUpload(_ path: String) -> Bool {
        URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path == URL(fileURLWithPath: directory).standardizedFileURL.path
    }

    /// Clears what no import will read again: files of ended imports, interrupted imports and drafts left for
    /// longer than `kept` (the import stopped, the draft discarded), and uploads no import names.
    public static func clearAway(on db: any Database, now: Date = Date()) async throws {
        let expired = now.addingTimeInterval(-kept)
        for record in try await FeedbackImportRecord.query(on: db).filter(\.$filePath != nil).all() {
            let path = record.filePath!
            switch record.status {
            case .finished, .failed:
                remove(path)
                try await FeedbackImportRecord.query(on: db).filter(\.$id == record.id!).set(\.$filePath, to: nil).update()
            case .interrupted where (record.updatedAt ?? now) < expired:
                remove(path)
                try await FeedbackImportRecord.query(on: db).filter(\.$id == record.id!).filter(\.$statusValue == ImportStatus.interrupted.rawValue)
                    .set(\.$statusValue, to: ImportStatus.failed.rawValue).set(\.$filePath, to: nil).set(\.$finishedAt, to: now)
                    .set(\.$error, to: "Not resumed within 7 days, so its upload was removed. Import the file again: rows already stored are not stored twice.")
                    .update()
            case .draft where (record.createdAt ?? now) < expired:
                remove(path)
                try await FeedbackImportRecord.query(on: db).filter(\.$id == record.id!).filter(\.$statusValue == ImportStatus.draft.rawValue).delete()
            default: continue
            }
        }
        try await removeOrphans(on: db, now: now)
    }

    private static func removeOrphans(on db: any Database, now: Date) async throws {
        let folder = directory
        let named = Set(try await FeedbackImportRecord.query(on: db).filter(\.$filePath != nil).all(\.$filePath).compactMap { $0 }
            .map { URL(fileURLWithPath: $0).lastPathComponent })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".upload") && !named.contains(name) {
            let path = folder + "/" + name
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? now
            if modified < now.addingTimeInterval(-orphanAge) { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}

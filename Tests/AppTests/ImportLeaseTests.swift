@testable import App
import Domain
import FluentKit
import Foundation
@testable import Persistence
import SQLKit
import Testing
import VaporTesting

/// Who runs an import is decided by its lease, never by which instance starts: a second instance leaves
/// a running import alone; an import whose runner is gone is marked interrupted with true counts, resumed
/// from its file without storing a row twice, and its upload removed once it ends.
@Suite struct ImportLeaseTests {
    /// 24 rows, three alike ("More parking", told apart only by how many came before) and one rejected.
    static let csv = "comment,nps\n" + (1...20).map { "Comment number \($0),\($0 % 11)\n" }.joined()
        + "More parking,3\nMore parking,3\nMore parking,3\nOff the scale,12\n"

    static func upload(_ t: TestApp, slug: String = "acme") async throws -> (org: UUID, id: UUID, path: String) {
        let org = try #require(try await Organizations.find(slug: slug, on: t.app.db)?.id)
        let path = ImportFiles.newPath()
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let record = FeedbackImportRecord(organizationID: org, fileName: "answers.csv", settings: ImportSettings(columns: [.text: "comment", .nps: "nps"]),
                                          filePath: path, totalBytes: Int64(csv.utf8.count), createdBy: nil)
        try await record.create(on: t.app.db)
        return (org, record.id!, path)
    }

    /// Runs the import 5 rows a batch and stops it after its first batch, as a shutdown would.
    static func interruptAfterFirstBatch(_ t: TestApp, _ id: UUID, path: String) async throws {
        let db = t.app.db
        let run = Task {
            try await ImportRun.execute(id, path: path, deleteFileAfter: true, batchSize: 5, on: db,
                                        progress: { _ in withUnsafeCurrentTask { $0?.cancel() } })
        }
        _ = try await run.value
    }

    static func record(_ t: TestApp, _ id: UUID) async throws -> FeedbackImportRecord {
        try #require(try await FeedbackImportRecord.find(id, on: t.app.db))
    }

    @Test func aSecondInstanceStartingLeavesARunningImportAlone() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let (_, id, path) = try await Self.upload(t)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let lease = try #require(try await ImportLease.claim(id, from: [.queued], on: t.app.db))
            let other = try await t.secondInstance()
            try await other.store.settleImports()
            try await other.asyncShutdown()
            #expect(try await Self.record(t, id).status == .running)
            #expect(FileManager.default.fileExists(atPath: path), "the running import's upload is kept")
            // A second runner cannot take it while the first holds it.
            #expect(try await ImportLease.claim(id, from: [.queued, .interrupted], on: t.app.db) == nil)
            try await lease.settle(.finished, error: nil, keepFile: false, on: t.app.db)
        }
    }

    @Test func aShutdownLeavesTheImportInterruptedWithTheCountsOfWhatItStored() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let (org, id, path) = try await Self.upload(t)
            try await Self.interruptAfterFirstBatch(t, id, path: path)
            let record = try await Self.record(t, id)
            #expect(record.status == .interrupted)
            #expect(record.rowsRead == 5 && record.imported == 5, "\(record.rowsRead) read, \(record.imported) imported")
            let stored = try await FeedbackRecord.query(on: t.app.db).filter(\.$organizationID == org).count()
            #expect(stored == 5)
            #expect(record.value.canResume, "its upload is kept to resume")
        }
    }

    @Test func anImportWhoseRunnerIsGoneIsMarkedInterruptedAndResumesWithoutStoringARowTwice() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let (org, id, path) = try await Self.upload(t)
            try await Self.interruptAfterFirstBatch(t, id, path: path)
            // As a killed process leaves it: still "running", its heartbeat long gone, its counters behind.
            let old = Date().addingTimeInterval(-10 * ImportLease.timeout)
            try await FeedbackImportRecord.query(on: t.app.db).filter(\.$id == id).set(\.$statusValue, to: "running")
                .set(\.$heartbeatAt, to: old).set(\.$imported, to: 0).update()
            let other = try await t.secondInstance()
            try await other.store.settleImports()
            try await other.asyncShutdown()
            let marked = try await Self.record(t, id)
            #expect(marked.status == .interrupted && marked.imported == 5, "\(marked.statusValue), \(marked.imported) imported")
            let page = try await t.send(.GET, "/orgs/acme/imports/\(id.uuidString)").body.string
            #expect(page.contains("The import was interrupted") && page.contains("Resume the import"), "\(page)")
            #expect(!page.contains("http-equiv=\"refresh\""), "the page stops reloading")

            let resumed = try await t.send(.POST, "/api/v1/organizations/acme/imports/\(id.uuidString)/resume")
            #expect(resumed.status == .accepted, "\(resumed.body.string)")
            let done = try await t.finishedImport("acme", id.uuidString)
            #expect(done["status"] as? String == "finished", "\(done)")
            #expect(done["imported"] as? Int == 23 && done["duplicates"] as? Int == 0 && done["rejected"] as? Int == 1, "\(done)")
            #expect(done["rows_read"] as? Int == 24)
            let parking = try await FeedbackRecord.query(on: t.app.db).filter(\.$organizationID == org).filter(\.$text == "More parking").count()
            #expect(parking == 3, "rows alike keep their numbering across the resume")
            #expect(!FileManager.default.fileExists(atPath: path), "the upload is removed once the import ends")
            let again = try await t.send(.POST, "/api/v1/organizations/acme/imports/\(id.uuidString)/resume")
            #expect(again.status == .conflict)
        }
    }

    @Test func uploadsNoImportWillReadAgainAreRemoved() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let stale = ImportFiles.newPath(), fresh = ImportFiles.newPath()
            for path in [stale, fresh] { FileManager.default.createFile(atPath: path, contents: Data("cut off".utf8)) }
            defer { try? FileManager.default.removeItem(atPath: fresh) }
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-2 * ImportFiles.orphanAge)], ofItemAtPath: stale)
            let (_, id, path) = try await Self.upload(t)
            try await FeedbackImportRecord.query(on: t.app.db).filter(\.$id == id).set(\.$statusValue, to: "finished").update()
            try await t.app.store.settleImports()
            #expect(!FileManager.default.fileExists(atPath: stale), "an upload cut off long ago")
            #expect(FileManager.default.fileExists(atPath: fresh), "an upload that may still be arriving")
            #expect(!FileManager.default.fileExists(atPath: path), "the file of a finished import")
            #expect(try await Self.record(t, id).filePath == nil)
        }
    }
}

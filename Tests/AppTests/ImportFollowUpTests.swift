@testable import App
import Domain
import FluentKit
import Foundation
@testable import Persistence
import SQLKit
import Testing

/// Themes and links after an import's rows are queued before they start, so a shutdown leaves them to the next pass.
@Suite struct ImportFollowUpTests {
    struct Job: Equatable {
        let due: Bool, claimed: Bool, done: Bool
    }

    static func job(_ importID: UUID, _ t: TestApp) async throws -> Job? {
        let sql = t.app.db as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT run_at, claimed_at, done_at FROM jobs WHERE job_key = \(bind: ImportFollowUp.key(importID))
            """).first() else { return nil }
        return Job(due: try row.decode(column: "run_at", as: Date.self) <= Date(), claimed: try row.decode(column: "claimed_at", as: Date?.self) != nil,
                   done: try row.decode(column: "done_at", as: Date?.self) != nil)
    }

    @Test func anImportsFollowUpIsDoneAndLeavesNothingDue() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("follow-up-\(UUID().uuidString).csv").path
            try ImportStorageTests.csv.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let outcome = try await ImportRun.importFile(path, name: "f.csv", settings: ImportStorageTests.settings, organizationID: org,
                                                         createdBy: nil, proposeLinks: true, on: t.app.db)
            #expect(outcome.feedbackImport.status == .finished)
            #expect(try await Self.job(outcome.feedbackImport.id, t) == Job(due: false, claimed: false, done: true))
        }
    }

    @Test func stoppedByAShutdownItIsDoneByTheNextPassOfAnyInstance() async throws {
        try await TestApp.run(demo: true) { t in
            let org = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.id)
            let importID = UUID()
            let db = t.app.db
            let stopped = await Task {
                // Cancelled as BackgroundWork cancels it at shutdown, before its first page of items.
                withUnsafeCurrentTask { $0?.cancel() }
                return try await ImportFollowUp.runPlanned(importID, organizationID: org, proposeLinks: true, on: db)
            }.result
            #expect(throws: CancellationError.self) { try stopped.get() }
            #expect(try await Self.job(importID, t) == Job(due: true, claimed: false, done: false), "due at once for the next pass")

            let pass = try await JobRunner(app: t.app, worker: "another-instance").runOnce()
            #expect(pass.followUps == 1)
            #expect(try await Self.job(importID, t)?.done == true)
            let proposed = try await (db as! any SQLDatabase).raw("""
                SELECT COUNT(*) AS n FROM friction_links WHERE organization_id = \(bind: org) AND status = 'proposed'
                """).first()?.decode(column: "n", as: Int.self)
            #expect((proposed ?? 0) > 0, "the links the stopped run did not make")
            #expect(try await JobRunner(app: t.app, worker: "a-third").runOnce().followUps == 0, "once")
        }
    }
}

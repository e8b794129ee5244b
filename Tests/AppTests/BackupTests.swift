@testable import App
import Foundation
import NIOConcurrencyHelpers
import Persistence
import SQLKit
import Testing
import VaporTesting

@Suite struct BackupTests {
    static func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("align-\(name)-\(UUID().uuidString).sqlite").path
    }

    @Test func aBackupTakenDuringWritesRestoresEveryRowCommittedBeforeIt() async throws {
        guard TestApp.postgresURL == nil else { return }
        try await TestApp.run { t in
            _ = try await t.seed()
            let committed = NIOLockedValueBox<[String]>([])
            let store = t.app.store
            let writer = Task {
                var index = 0
                while !Task.isCancelled {
                    let email = "writer-\(index)@example.org"
                    try await store.recordSignInAttempt(email: email, address: "192.0.2.1", succeeded: false, at: Date())
                    committed.withLockedValue { $0.append(email) }
                    index += 1
                }
            }
            while committed.withLockedValue({ $0.count }) < 40 { try await Task.sleep(for: .milliseconds(5)) }
            let before = committed.withLockedValue { $0 }
            let backup = Self.scratch("backup")
            try await AlignRunner.backUp(t.config, to: backup)
            let during = committed.withLockedValue { $0.count }
            writer.cancel()
            _ = await writer.result
            #expect(committed.withLockedValue { $0.count } > during || during > before.count, "writes went on while the copy was made")

            var restored = t.config
            restored.database = .sqlite(path: Self.scratch("restored"))
            try await AlignRunner.restore(restored, from: backup, replacing: false)
            try await AlignRunner.withApplication(restored) { app in
                let sql = app.db as! any SQLDatabase
                let emails = Set(try await sql.raw("SELECT email FROM sign_in_attempts").all().map { try $0.decode(column: "email", as: String.self) })
                #expect(before.allSatisfy(emails.contains), "every row committed before the backup began")
                #expect(emails.count <= committed.withLockedValue { $0.count })
                #expect(try await app.store.organization(slug: "acme") != nil)
            }
        }
    }

    @Test func anExistingFileIsNeverOverwrittenAndAnotherFileIsNeverRestored() async throws {
        guard TestApp.postgresURL == nil else { return }
        try await TestApp.run { t in
            _ = try await t.seed()
            let backup = Self.scratch("exists")
            try Data("keep me".utf8).write(to: URL(fileURLWithPath: backup))
            await #expect(throws: AlignRunner.CommandFailure.self) { try await AlignRunner.backUp(t.config, to: backup) }
            #expect(try String(contentsOfFile: backup, encoding: .utf8) == "keep me")

            var other = t.config
            let target = Self.scratch("target")
            other.database = .sqlite(path: target)
            do {
                try await AlignRunner.restore(other, from: backup, replacing: true)
                Issue.record("a file that is not a database was restored")
            } catch let failure as AlignRunner.CommandFailure {
                #expect(failure.description.contains("\(backup)"))
            }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func restoringOverADatabaseWithOrganizationsNeedsReplace() async throws {
        guard TestApp.postgresURL == nil else { return }
        try await TestApp.run { t in
            _ = try await t.seed()
            let backup = Self.scratch("copy")
            try await AlignRunner.backUp(t.config, to: backup)
            do {
                try await AlignRunner.restore(t.config, from: backup, replacing: false)
                Issue.record("a database with organizations was replaced without --replace")
            } catch let failure as AlignRunner.CommandFailure {
                #expect(failure.description.contains("--replace"))
            }
        }
    }

    @Test func onPostgreSQLTheCommandSaysHowToUsePgDump() async throws {
        var config = AlignConfig()
        config.database = .postgres(url: "postgres://align:align@127.0.0.1:1/align")
        do {
            try await AlignRunner.backUp(config, to: "/tmp/never-written.dump")
            Issue.record("a PostgreSQL backup was attempted")
        } catch let failure as AlignRunner.CommandFailure {
            #expect(failure.description.contains("pg_dump --format=custom --file=/tmp/never-written.dump"))
            #expect(failure.description.contains("pg_restore"))
        }
    }
}

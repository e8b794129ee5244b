@testable import App
import Domain
import Fluent
import Foundation
@testable import Persistence
import Testing

/// `align import feedback`, against a SQLite file: what it stores, what it refuses, and the
/// rejections file it writes.
@Suite struct ImportCommandLineTests {
    static let settings = ImportSettings(columns: [.text: "comment", .nps: "nps", .externalID: "id"])

    static func file(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-import-\(UUID().uuidString).csv").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func count(_ config: AlignConfig) async throws -> (items: Int, imports: [FeedbackImportRecord]) {
        var result = (0, [FeedbackImportRecord]())
        try await AlignRunner.withApplication(config) { app in
            result = (try await FeedbackRecord.query(on: app.db).count(), try await FeedbackImportRecord.query(on: app.db).all())
        }
        return result
    }

    @Test func aFileImportsOnceAndItsRejectedRowsAreWrittenOut() async throws {
        try await CommandLineTests.withDatabase { config in
            let csv = try Self.file("id,comment,nps\nA1,Still waiting for a call back,3\nA2,,\nA3,Lovely staff,10\nA4,Score off the scale,12\n")
            let rejections = csv + ".rejections.csv"
            defer { for path in [csv, rejections] { try? FileManager.default.removeItem(atPath: path) } }
            try await AlignRunner.importFeedback(config, file: csv, settings: Self.settings, organization: "acme", rejectionsFile: rejections)
            let first = try await Self.count(config)
            #expect(first.items == 2)
            #expect(first.imports.first?.status == .finished)
            #expect(first.imports.first?.imported == 2 && first.imports.first?.rejected == 2)
            let written = try String(contentsOfFile: rejections, encoding: .utf8)
            #expect(written.hasPrefix("line,column,reason\r\n"))
            #expect(written.contains("3,comment,The row has neither feedback text nor a score."))
            #expect(written.contains("5,nps,12 is off the NPS answer (0–10) scale."))

            try await AlignRunner.importFeedback(config, file: csv, settings: Self.settings, organization: "acme", rejectionsFile: nil)
            let second = try await Self.count(config)
            #expect(second.items == 2, "the same file again adds nothing")
            #expect(second.imports.map(\.duplicates).sorted() == [0, 2])
        }
    }

    @Test func aFileThatIsNotCSVOrNotThereIsRefusedWithNothingStored() async throws {
        try await CommandLineTests.withDatabase { config in
            let binary = try Self.file("id,comment\u{0}\u{0}\u{1}")
            defer { try? FileManager.default.removeItem(atPath: binary) }
            await #expect { try await AlignRunner.importFeedback(config, file: binary, settings: Self.settings, organization: "acme", rejectionsFile: nil) }
                throws: { ($0 as? AlignRunner.CommandFailure)?.description.hasSuffix("Nothing was imported.") == true }
            await #expect { try await AlignRunner.importFeedback(config, file: "/nonexistent/x.csv", settings: Self.settings, organization: "acme",
                                                                 rejectionsFile: nil) }
                throws: { ($0 as? AlignRunner.CommandFailure)?.description == "No file at /nonexistent/x.csv." }
            let csv = try Self.file("id,comment,nps\nA1,Fine,9\n")
            defer { try? FileManager.default.removeItem(atPath: csv) }
            await #expect { try await AlignRunner.importFeedback(config, file: csv, settings: Self.settings, organization: "nope", rejectionsFile: nil) }
                throws: { ($0 as? AlignRunner.CommandFailure)?.description.contains("“nope”") == true }
            let after = try await Self.count(config)
            #expect(after.items == 0 && after.imports.isEmpty)
        }
    }
}

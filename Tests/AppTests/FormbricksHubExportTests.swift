@testable import App
import Domain
import Foundation
@testable import Persistence
import Testing

/// Feedback goes back out as Formbricks Hub records that the Hub's schema accepts and that read back
/// to the same items: through the API's download and `align export feedback --format formbricks-hub`.
@Suite struct FormbricksHubExportTests {
    @Test func exportedRecordsImportBackToTheSameItems() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            _ = try await t.seed(slug: "beta")
            _ = try await t.create("acme", "feedback", #"{"text":"Waited a week \"again\" =1+1","kind":"friction","source":"survey","nps":2,"csat":1,"channel":"email","segment":"Business","date":"2026-05-02","occurred_at":"2026-05-02T09:30:00Z"}"#)
            _ = try await t.create("acme", "feedback", #"{"text":"Quick and kind","kind":"works-well","source":"ticket","external_id":"T-7"}"#)
            _ = try await t.startImport("acme", query: "map=ces%3Dces&file_name=scores.csv", body: "ces\n6\n")
            let download = try await t.send(.GET, "/api/v1/organizations/acme/feedback/formbricks-hub.jsonl")
            #expect(download.status == .ok && download.headers.contentType?.subType == "x-ndjson")
            let body = download.body.string
            #expect(body.split(separator: "\n").count == 5, "text, NPS and CSAT; text; CES: \(body)")
            let done = try await t.startImport("beta", query: "format=formbricks-hub&map=segment%3Dmetadata.segment", body: body, contentType: "application/json")
            #expect(done["imported"] as? Int == 3 && done["rejected"] as? Int == 0, "\(done)")
            func items(_ slug: String) async throws -> [String] {
                let list = try t.object(try await t.send(.GET, "/api/v1/organizations/\(slug)/feedback?per=10"))
                return try #require(list["items"] as? [[String: Any]]).map { item in
                    ["text", "nps", "csat", "ces", "channel", "segment", "date", "occurred_at"].map { "\(item[$0] ?? "-")" }.joined(separator: "|")
                }.sorted()
            }
            let theirs = try await items("beta"), mine = try await items("acme")
            #expect(theirs == mine, "\(theirs)\n\(mine)")
            let again = try await t.startImport("beta", query: "format=formbricks-hub", body: body, contentType: "application/json")
            #expect(again["imported"] as? Int == 0 && again["duplicates"] as? Int == 3, "\(again)")
        }
    }

    @Test func theCommandLineWritesTheSameRecords() async throws {
        try await CommandLineTests.withDatabase { config in
            try await AlignRunner.withApplication(config) { app in
                let org = try #require(try await app.store.organization(slug: "acme"))
                _ = try await RecordStore<FeedbackRecord>(db: app.db, organizationID: org.id)
                    .create(FeedbackItem(text: "On hold for an hour", kind: .friction, source: .survey, nps: 1))
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("hub-\(UUID().uuidString).jsonl").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await AlignRunner.exportFeedback(config, organization: "acme", output: path)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.contains { $0.contains(#""field_type":"nps""#) && $0.contains(#""value_number":1"#) && $0.contains(#""tenant_id":"acme""#) })
        }
    }
}

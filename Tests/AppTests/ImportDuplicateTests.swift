@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// Every row an import skips names the rule that found it and the row it repeats: in the import's
/// result (page, API, command line) and already in the preview.
@Suite struct ImportDuplicateTests {
    static let withIDs = "id,comment\nr1,Waited a week\nr2,Nobody called\nr1,Waited a week again\n"
    static let withoutIDs = "comment\nMore parking\nMore parking\nStaff were kind\n"

    static func duplicates(_ t: TestApp, _ id: String) async throws -> [[String: Any]] {
        let page = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/imports/\(id)/duplicates"))
        return try #require(page["items"] as? [[String: Any]])
    }

    @Test func aRepeatedExternalIdNamesTheLineItRepeatsInThisFileAndInAnEarlierOne() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let query = "map=external_id%3Did&map=text%3Dcomment&file_name=first.csv"
            let first = try await t.startImport("acme", query: query, body: Self.withIDs)
            #expect(first["imported"] as? Int == 2 && first["duplicates"] as? Int == 1, "\(first)")
            let inFile = try await Self.duplicates(t, try #require(first["id"] as? String))
            #expect(inFile.count == 1)
            #expect(inFile.first?["line"] as? Int == 4 && inFile.first?["rule"] as? String == "external-id" && inFile.first?["original_line"] as? Int == 2)
            #expect(inFile.first?["explanation"] as? String == "the same external id “r1” as line 2 of this file")

            let again = try await t.startImport("acme", query: query.replacingOccurrences(of: "first.csv", with: "again.csv"), body: Self.withIDs)
            let earlier = try await Self.duplicates(t, try #require(again["id"] as? String))
            #expect(earlier.map { $0["line"] as? Int } == [2, 3, 4])
            #expect(earlier.map { $0["explanation"] as? String } == ["the same external id “r1” as line 2 of “first.csv”",
                                                                     "the same external id “r2” as line 3 of “first.csv”",
                                                                     "the same external id “r1” as line 2 of “first.csv”"])
            let page = try await t.send(.GET, "/orgs/acme/imports/\(try #require(again["id"] as? String))").body.string
            #expect(page.contains("Rows skipped as already stored") && page.contains("Same external id"), "\(page)")
        }
    }

    @Test func rowsAlikeWithoutAnIdAreSkippedOnlyWhenTheyRepeatTheSameRowOfAnEarlierImport() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let first = try await t.startImport("acme", query: "map=text%3Dcomment&file_name=first.csv", body: Self.withoutIDs)
            #expect(first["imported"] as? Int == 3 && first["duplicates"] as? Int == 0, "\(first)")
            let again = try await t.startImport("acme", query: "map=text%3Dcomment&file_name=again.csv", body: Self.withoutIDs + "More parking\n")
            #expect(again["imported"] as? Int == 1 && again["duplicates"] as? Int == 3, "\(again)")
            let skipped = try await Self.duplicates(t, try #require(again["id"] as? String))
            #expect(skipped.map { $0["rule"] as? String } == ["content", "content", "content"])
            #expect(skipped.map { $0["original_line"] as? Int } == [2, 3, 4], "the second “More parking” repeats the second, not the first")
        }
    }

    @Test func thePreviewSaysWhichRowsWouldBeSkippedAndWhy() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            _ = try await t.startImport("acme", query: "map=external_id%3Did&map=text%3Dcomment&file_name=first.csv", body: Self.withIDs)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-draft-\(UUID().uuidString).csv").path
            let csv = "id,comment\nr2,Nobody called\nr9,New here\nr9,New here twice\n"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            let org = try #require(try await AlignStore(t.app.db).organization(slug: "acme"))
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let imports = FeedbackImports(scope)
            let preview = try await imports.preview(path, settings: ImportSettings(columns: [.externalID: "id", .text: "comment"]))
            #expect(preview.duplicates == [2: "the same external id “r2” as line 3 of “first.csv”",
                                           4: "the same external id “r9” as line 3 of this file"])
            let draft = try await imports.draft(UploadedFile(path: path, name: "next.csv", bytes: Int64(csv.utf8.count)), format: .csv)
            let page = try await t.send(.POST, "/orgs/acme/imports/\(draft.id)/preview",
                                        form: [("format", "csv"), ("header_row", "1"), ("column_external_id", "id"), ("column_text", "comment"), ("source", "survey")])
            #expect(page.body.string.contains("Skipped, the same external id “r2” as line 3 of “first.csv”"), "\(page.body.string)")
        }
    }
}

@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// The mapping page opens with its columns guessed from their names, and its first preview reads the
/// rows with that guess rather than with nothing mapped.
@Suite struct ImportMappingPreviewTests {
    @Test func theFirstPreviewUsesTheGuessedColumns() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-draft-\(UUID().uuidString).csv").path
            let csv = "Response ID,Comment,NPS\nr1,The engineer came on time,9\nr2,Nobody called back,2\n"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            let org = try #require(try await AlignStore(t.app.db).organization(slug: "acme"))
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let draft = try await FeedbackImports(scope).draft(UploadedFile(path: path, name: "answers.csv", bytes: Int64(csv.utf8.count)), format: .csv)
            let page = try await t.send(.GET, "/orgs/acme/imports/\(draft.id)").body.string
            #expect(page.contains(#"<option value="Comment" selected="selected">"#), "the text column is guessed")
            #expect(!page.contains("Rejected"), "the first preview read the rows with nothing mapped")
            #expect(page.contains("The engineer came on time") && page.contains("Imports"))
        }
    }
}

/// A Qualtrics export's header rows are proposed on the mapping page and must be named through the API.
@Suite struct QualtricsImportTests {
    static let csv = "StartDate,ResponseId,Q1,Comment\n"
        + "Start Date,Response ID,How likely are you to recommend us?,Anything else?\n"
        + #""{""ImportId"":""startDate"",""timeZone"":""Europe/Berlin""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}""#
        + "\n2026-07-15 09:00:00,R_1,9,The engineer came on time\n"

    @Test func theMappingPageProposesTheRowsAndZone() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-draft-\(UUID().uuidString).csv").path
            try Data(Self.csv.utf8).write(to: URL(fileURLWithPath: path))
            let org = try #require(try await AlignStore(t.app.db).organization(slug: "acme"))
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let draft = try await FeedbackImports(scope).draft(UploadedFile(path: path, name: "qualtrics.csv", bytes: Int64(Self.csv.utf8.count)), format: .csv)
            let page = try await t.send(.GET, "/orgs/acme/imports/\(draft.id)").body.string
            #expect(page.contains("This file looks like a Qualtrics export") && page.contains("The rows are set to match"), "\(page)")
            #expect(page.contains(#"name="first_data_row" aria-describedby="hint-first_data_row" type="number" value="4""#), "\(page)")
            #expect(page.contains(#"value="Europe/Berlin""#))
            #expect(page.contains("The engineer came on time") && !page.contains("Anything else?</td>"), "only answers are previewed")
            #expect(page.contains("2026-07-15 (2026-07-15 07:00:00 UTC)"), "the export's zone is used")
        }
    }

    @Test func theAPIRefusesOneWhoseRowsWereNotGiven() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let refused = try await t.upload("/api/v1/organizations/acme/imports?map=text%3DComment", body: Self.csv)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("looks like a Qualtrics export") && refused.body.string.contains("first_data_row=4"), "\(refused.body.string)")
            let taken = try await t.startImport("acme", query: "map=text%3DComment&first_data_row=4&time_zone=Europe%2FBerlin", body: Self.csv)
            #expect(taken["imported"] as? Int == 1 && taken["rejected"] as? Int == 0, "\(taken)")
        }
    }
}

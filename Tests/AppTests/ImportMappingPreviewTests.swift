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

@testable import App
import Foundation
import Testing

/// A finished import shows what its own items add up to: their scores and their themes, each linked to
/// the items counted; and scores break down by import.
@Suite struct ImportInsightsTests {
    @Test func anImportShowsItsOwnScoresAndThemes() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let old = try await t.startImport("acme", query: "map=text%3Dcomment&map=nps%3Dnps&file_name=old.csv",
                                              body: "comment,nps\n" + (1...6).map { "The leak line kept me waiting \($0),0\n" }.joined())
            let body = "comment,nps\n" + (1...6).map { "Parking full at the hall \($0),10\n" }.joined() + "The engineer came,9\n"
            let new = try await t.startImport("acme", query: "map=text%3Dcomment&map=nps%3Dnps&file_name=new.csv", body: body)
            _ = try await t.send(.POST, "/orgs/acme/themes/recompute")
            let id = try #require(new["id"] as? String), oldID = try #require(old["id"] as? String)

            let scores = try await t.send(.GET, "/api/v1/organizations/acme/scores?by=import").body.string
            let groups = try #require(try JSONSerialization.jsonObject(with: Data(scores.utf8)) as? [[String: Any]])
            let mine = try #require(groups.first { ($0["key"] as? String)?.lowercased() == id.lowercased() })
            #expect(mine["answers"] as? Int == 7 && (mine["label"] as? String)?.hasPrefix("new.csv") == true, "\(mine)")
            #expect((mine["nps"] as? [String: Any])?["value"] as? Double == 100)
            #expect(groups.contains { ($0["key"] as? String)?.lowercased() == oldID.lowercased() && ($0["nps"] as? [String: Any])?["value"] as? Double == -100 })

            let page = try await t.send(.GET, "/orgs/acme/imports/\(id)").body.string
            #expect(page.contains("What it brought") && page.contains("100 ± "), "\(page)")
            #expect(page.contains("parking") && page.contains("import_id=\(id)"), "its themes link to its items: \(page)")
            #expect(!page.contains("leak line"), "another import's themes are not its own")
        }
    }
}

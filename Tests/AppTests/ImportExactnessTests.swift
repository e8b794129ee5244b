@testable import App
import Foundation
import SQLKit
import Testing
import VaporTesting

/// Through the API, from the uploaded bytes to the stored item and back: comments are kept exactly,
/// and rows the header does not describe are refused with their line.
@Suite struct ImportExactnessTests {
    @Test func commentsComeBackByteForByteAndWrongWidthsAreRefused() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let comments = ["\tTab first", "\r=1+1", "Ends in a newline\n", "  both sides  "]
            var body = "id,comment,nps\n"
            for (n, comment) in comments.enumerated() { body += "r\(n),\"\(comment)\",\(n)\n" }
            body += "r9,too,many,fields\nr10\n"
            let result = try await t.startImport("acme", query: "map=external_id%3Did&map=text%3Dcomment&map=nps%3Dnps", body: body)
            #expect(result["imported"] as? Int == 4 && result["rejected"] as? Int == 2, "\(result)")
            let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?per=100"))
            let texts = Set(try #require(list["items"] as? [[String: Any]]).compactMap { $0["text"] as? String })
            #expect(texts == Set(comments))
            let id = try #require(result["id"] as? String)
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(id)/rejections").body.string
            #expect(rejections.contains(#""line":8"#) && rejections.contains("expected 3 fields, found 4"), "\(rejections)")
            #expect(rejections.contains(#""line":9"#) && rejections.contains("expected 3 fields, found 1"), "\(rejections)")
        }
    }

    @Test func aFaultFarIntoALargeFileIsRefusedBeforeAnythingIsStored() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var bytes = Array("comment\n".utf8)
            for n in 0..<20_000 { bytes += Array("Comment number \(n)\n".utf8) }
            bytes += Array("bad ".utf8) + [0xC3, 0x28] + Array("\nlast\n".utf8)
            let path = "/api/v1/organizations/acme/imports?map=text%3Dcomment"
            var headers: HTTPHeaders = ["Host": "align.test", "Content-Type": "text/csv"]
            if let token = try await t.token(for: t.me, path: path) { headers.bearerAuthorization = .init(token: token) }
            let response = try await t.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(bytes: bytes))
            #expect(response.status == .unprocessableEntity, "\(response.status)")
            #expect(response.body.string.contains("not valid UTF-8 at line 20002, byte 5"), "\(response.body.string)")
            let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback"))
            #expect(list["total"] as? Int == 0)
        }
    }

    @Test func rowsThatReadAlikeAreNotMergedYetAFileImportedAgainAddsNothing() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let query = "map=text%3Dcomment"
            let first = try await t.startImport("acme", query: query, body: "comment\nMore parking\nMore parking\nMore parking\nStaff\n")
            #expect(first["imported"] as? Int == 4 && first["duplicates"] as? Int == 0, "\(first)")
            let again = try await t.startImport("acme", query: query, body: "comment\nMore parking\nMore parking\nMore parking\nStaff\n")
            #expect(again["imported"] as? Int == 0 && again["duplicates"] as? Int == 4, "\(again)")
            let more = try await t.startImport("acme", query: query, body: "comment\nMore parking\nMore parking\nMore parking\nMore parking\n")
            #expect(more["imported"] as? Int == 1 && more["duplicates"] as? Int == 3, "\(more)")
        }
    }

    @Test func anImportLeavesSQLiteStatisticsForThePlanner() async throws {
        try await TestApp.run { t in
            let sql = t.app.db as! any SQLDatabase
            guard sql.dialect.name == "sqlite" else { return }
            _ = try await t.seed()
            _ = try await t.startImport("acme", query: "map=text%3Dcomment", body: "comment\nOne\nTwo\n")
            let analyzed = try await sql.raw("SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE tbl = 'feedback_items'").first()?.decode(column: "n", as: Int.self)
            #expect((analyzed ?? 0) > 0, "without statistics SQLite reads a whole organization for a few ids")
        }
    }
}

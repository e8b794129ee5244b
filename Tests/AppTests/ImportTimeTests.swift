@testable import App
import Foundation
import Testing
import VaporTesting

/// Dates through the API's import: the time kept, read in the import's zone, day and month read in
/// the order the import names; and an edit through the web form keeps everything an import stored.
@Suite struct ImportTimeTests {
    static let body = "id,comment,when\nr1,Late again,2026-07-15 09:00\nr2,Fine,03/04/2026 17:30\nr3,Skipped hour,2026-03-29 02:30\nr4,Offset,2026-07-15T09:00:00Z\n"

    @Test func timesAreKeptInTheZoneTheImportNames() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let query = "map=external_id%3Did&map=text%3Dcomment&map=date%3Dwhen&time_zone=Europe%2FBerlin&date_order=day-month-year"
            let result = try await t.startImport("acme", query: query, body: Self.body)
            #expect(result["imported"] as? Int == 3 && result["rejected"] as? Int == 1, "\(result)")
            let items = try await Self.items(t)
            #expect(items["r1"]?["occurred_at"] as? String == "2026-07-15T07:00:00Z")
            #expect(items["r1"]?["date"] as? String == "2026-07-15")
            #expect(items["r2"]?["date"] as? String == "2026-04-03")
            #expect(items["r2"]?["occurred_at"] as? String == "2026-04-03T15:30:00Z")
            #expect(items["r4"]?["occurred_at"] as? String == "2026-07-15T09:00:00Z")
            let id = try #require(result["id"] as? String)
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(id)/rejections").body.string
            #expect(rejections.contains(#""line":4"#) && rejections.contains("never happened in Europe"), "\(rejections)")
        }
    }

    @Test func withoutAnOrderDayAndMonthAreRefusedAndAnUnknownZoneIsNamed() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let result = try await t.startImport("acme", query: "map=text%3Dcomment&map=date%3Dwhen", body: Self.body)
            #expect(result["imported"] as? Int == 3 && result["rejected"] as? Int == 1, "\(result)")
            let id = try #require(result["id"] as? String)
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(id)/rejections").body.string
            #expect(rejections.contains(#""line":3"#) && rejections.contains("could be 3 April 2026 or 4 March 2026"), "\(rejections)")
            let refused = try await t.upload("/api/v1/organizations/acme/imports?map=text%3Dcomment&time_zone=Berlin", body: Self.body)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("“Berlin” is not a time zone"), "\(refused.body.string)")
        }
    }

    @Test func anEditThroughTheWebFormKeepsWhatTheImportStored() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let id = try await t.create("acme", "feedback", """
                {"text":"Waited a week","kind":"friction","source":"survey","date":"2026-07-15","occurred_at":"2026-07-15T07:00:00Z",
                 "nps":3,"csat":2,"ces":6,"channel":"email survey","segment":"Residential","external_id":"r-77"}
                """)
            let before = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback/\(id)"))
            let shown = try await t.send(.GET, "/orgs/acme/feedback/\(id)").body.string
            #expect(shown.contains("as its words give it: its words read as"), "the page says why the words give this kind")
            #expect(shown.contains("2026-07-15 07:00:00 UTC"), "the time it was given is shown")
            let form = try await t.send(.GET, "/orgs/acme/feedback/\(id)/edit").body.string
            var fields = HTMLForm.fields(form).filter { $0.0 != "_csrf" }
            fields = fields.map { $0.0 == "text" ? ($0.0, "Waited a whole week") : $0 }
            let saved = try await t.send(.POST, "/orgs/acme/feedback/\(id)/edit", form: fields)
            #expect(saved.status == .seeOther, "\(saved.body.string)")
            let after = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback/\(id)"))
            #expect(after["text"] as? String == "Waited a whole week")
            for key in ["date", "occurred_at", "nps", "csat", "ces", "channel", "segment", "external_id", "source", "kind"] {
                #expect("\(after[key] ?? "missing")" == "\(before[key] ?? "missing")", "\(key)")
            }
        }
    }

    static func items(_ t: TestApp) async throws -> [String: [String: Any]] {
        let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?per=100"))
        let items = try #require(list["items"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.compactMap { item in (item["external_id"] as? String).map { ($0, item) } })
    }
}

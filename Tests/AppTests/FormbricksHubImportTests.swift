@testable import App
import Foundation
import Testing

/// Formbricks Hub records as the Hub defines them: one per answer, grouped by submission whatever their
/// order, checked against the Hub's schema and scales, idempotent as an array, JSON Lines or the list envelope.
@Suite struct FormbricksHubImportTests {
    static func record(_ submission: String, _ field: String, _ type: String, _ value: String, extra: String = "") -> String {
        let property = type == "text" || type == "categorical" ? "value_text" : "value_number"
        return #"{"tenant_id":"org-1","submission_id":"\#(submission)","source_type":"survey","field_id":"\#(field)","field_type":"\#(type)","\#(property)":\#(value),"collected_at":"2026-05-02T09:00:00Z"\#(extra)}"#
    }

    static let records = [
        record("s-1", "nps", "nps", "9"), record("s-2", "comment", "text", #""Waited a week""#), record("s-1", "comment", "text", #""Quick and kind""#),
        record("s-2", "csat", "csat", "2"), record("s-2", "plan", "categorical", #""Business""#), record("s-3", "ces", "ces", "6"),
    ]

    @Test func anotherOrderJSONLinesOrTheListEnvelopeAddNothing() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let query = "format=formbricks-hub&map=segment%3Dfield%3Aplan"
            let first = try await t.startImport("acme", query: query, body: "[" + Self.records.joined(separator: ",") + "]", contentType: "application/json")
            #expect(first["imported"] as? Int == 3 && first["rejected"] as? Int == 0, "\(first)")
            let lines = try await t.startImport("acme", query: query, body: Self.records.reversed().joined(separator: "\n"), contentType: "application/json")
            #expect(lines["imported"] as? Int == 0 && lines["duplicates"] as? Int == 3, "\(lines)")
            let envelope = #"{"data":["# + Self.records.shuffled().joined(separator: ",") + #"],"limit":100,"next_cursor":"abc"}"#
            let wrapped = try await t.startImport("acme", query: query, body: envelope, contentType: "application/json")
            #expect(wrapped["imported"] as? Int == 0 && wrapped["duplicates"] as? Int == 3, "\(wrapped)")
            let list = try await t.send(.GET, "/api/v1/organizations/acme/feedback?per=10").body.string
            #expect(list.contains(#""segment":"Business""#) && list.contains(#""csat":2"#) && list.contains("Waited a week"), "\(list)")
        }
    }

    @Test(arguments: [
        (record("s-9", "nps", "nps", "11"), "value_number", "NPS answers are whole numbers 0–10"),
        (record("s-9", "csat", "csat", "4.5"), "value_number", "CSAT answers are whole numbers 1–5"),
        (record("s-9", "nps", "stars", "4"), "field_type", "“stars” is not a Hub field type"),
        (record("s-9", "c", "text", #""Fine""#, extra: #","response_id":"r""#), "response_id", "not a property of a Hub feedback record"),
        (record("s-9", "c", "text", #""Fine\u0000""#), "value_text", "NUL"),
        (#"{"tenant_id":"org-1","submission_id":"s-9","field_id":"c","field_type":"text","value_text":"Fine"}"#, "source_type", "“source_type” is required"),
        (record("s-9", "nps", "nps", #""9""#), "value_number", "must be a number"),
        (record("s-9", "c", "text", #""Fine""#, extra: #","value_number":3"#), "value_number", "carries its answer in value_text"),
    ])
    func aRecordTheHubRefusesRejectsItsSubmissionNamingTheProperty(_ bad: String, _ property: String, _ reason: String) async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let body = "[" + Self.record("s-9", "other", "text", #""Kept apart""#) + ",\n" + bad + "," + Self.record("s-8", "c", "text", #""Fine""#) + "]"
            let done = try await t.startImport("acme", query: "format=formbricks-hub", body: body, contentType: "application/json")
            #expect(done["imported"] as? Int == 1 && done["rejected"] as? Int == 1, "\(done)")
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(try #require(done["id"] as? String))/rejections").body.string
            #expect(rejections.contains(#""column":"\#(property)""#) && rejections.contains(reason), "\(rejections)")
        }
    }
}

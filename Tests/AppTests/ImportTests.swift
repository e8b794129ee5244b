@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// A survey export as tools write it: byte-order mark, CRLF, Qualtrics' three header rows,
/// quoted line breaks and doubled quotes, other languages, labels for scores, a formula.
private let qualtrics = "\u{FEFF}ResponseId,EndDate,Q1_NPS,Q2_CSAT,Comment,Touchpoint\r\n"
    + "Response ID,End Date,How likely are you to recommend us?,How satisfied were you?,Anything else?,Where\r\n"
    + #""{""ImportId"":""_recordId""}","{""ImportId"":""endDate""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}","{""ImportId"":""QID4""}""# + "\r\n"
    + "R_1,2026-03-01 10:22:33,9,Very satisfied,\"Quick, friendly \"\"fault\"\" team\r\nthank you\",Fault line\r\n"
    + "R_2,2026-03-02 11:00:00,2,Very dissatisfied,Transferred between departments and asked for my account number again,fault line\r\n"
    + "R_3,2026-03-03,11,Satisfied,Score off the scale,Fault line\r\n"
    + "R_4,2026-03-04,7,Satisfied,Dziękuję bardzo — très bien,Nowhere\r\n"
    + "R_5,yesterday,8,Satisfied,Bad date,Fault line\r\n"
    + "R_6,2026-03-06,10,Meh,Label nobody mapped,Fault line\r\n"
    + #"R_7,2026-03-07,,,"=HYPERLINK(""http://x"")","# + "\r\n"

private let qualtricsQuery = "format=csv&header_row=1&first_data_row=4&map=text%3DComment&map=external_id%3DResponseId&map=date%3DEndDate"
    + "&map=nps%3DQ1_NPS&map=csat%3DQ2_CSAT&map=touchpoint%3DTouchpoint"
    + "&label=csat%3AVery%20satisfied%3D5&label=csat%3ASatisfied%3D4&label=csat%3AVery%20dissatisfied%3D1&file_name=qualtrics.csv"

extension TestApp {
    /// Sends a raw body to the API as `me`.
    func upload(_ path: String, body: String, contentType: String = "text/csv") async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Host": "align.test", "Content-Type": contentType]
        if let token = try await token(for: me, path: path) { headers.bearerAuthorization = .init(token: token) }
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Polls an import until it is no longer queued or running.
    func finishedImport(_ slug: String, _ id: String) async throws -> [String: Any] {
        for _ in 0..<400 {
            let body = try await send(.GET, "/api/v1/organizations/\(slug)/imports/\(id)").body.string
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            if let status = json["status"] as? String, status == "finished" || status == "failed" { return json }
            try await Task.sleep(for: .milliseconds(25))
        }
        Issue.record("import \(id) did not finish")
        return [:]
    }

    func startImport(_ slug: String, query: String, body: String, contentType: String = "text/csv") async throws -> [String: Any] {
        let response = try await upload("/api/v1/organizations/\(slug)/imports?\(query)", body: body, contentType: contentType)
        #expect(response.status == .accepted, "\(response.body.string)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
        return try await finishedImport(slug, try #require(json["id"] as? String))
    }
}

@Suite struct ImportTests {
    @Test func aQualtricsExportImportsOnceWithEveryRejectedRowExplained() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let first = try await t.startImport("acme", query: qualtricsQuery, body: qualtrics)
            #expect(first["status"] as? String == "finished")
            #expect((first["finished_at"] as? String)?.hasPrefix("20") == true, "times are ISO 8601 text")
            #expect(first["rows_read"] as? Int == 7)
            #expect(first["imported"] as? Int == 3)
            #expect(first["rejected"] as? Int == 4)
            let id = try #require(first["id"] as? String)
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(id)/rejections").body.string
            #expect(rejections.contains(#"{"column":"Q1_NPS","line":7,"reason":"11 is off the NPS answer (0–10) scale."}"#),
                    "a quoted line break inside row 4 pushes later rows down a line")
            #expect(rejections.contains(#"{"column":"Touchpoint","line":8,"reason":"No touchpoint is named “Nowhere”."}"#))
            #expect(rejections.contains(#""column":"EndDate""#) && rejections.contains("“yesterday” is not a date"))
            #expect(rejections.contains("“Meh” is not a whole number 1–5 written in digits; map labels like it to numbers (or to no answer)."))
            let list = try await t.send(.GET, "/api/v1/organizations/acme/feedback?import_id=\(id)").body.string
            #expect(list.contains(#"Quick, friendly \"fault\" team\r\nthank you"#))
            #expect(list.contains(#""csat":5"#) && list.contains(#""nps":9"#) && list.contains(#""external_id":"R_1""#))
            #expect(list.contains(seed.touchpoint))
            #expect(list.contains("=HYPERLINK"), "formulas are stored as text")
            let export = try await t.send(.GET, "/orgs/acme/feedback/export.csv").body.string
            #expect(export.contains("'=HYPERLINK"), "and neutralised on export")
            let again = try await t.startImport("acme", query: qualtricsQuery, body: qualtrics)
            #expect(again["imported"] as? Int == 0)
            #expect(again["duplicates"] as? Int == 3)
            let csv = try await t.send(.GET, "/orgs/acme/imports/\(id)/rejections.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.hasPrefix("line,column,reason\r\n"))
            #expect(csv.body.string.contains("7,Q1_NPS,11 is off the NPS answer (0–10) scale."))
        }
    }

    @Test func rowsWithoutAnIdAreRecognisedByTheirContent() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let body = "comment,nps\n\"Still waiting for a call back\",3\nLovely staff,10\nLovely staff,10\n"
            let first = try await t.startImport("acme", query: "map=text%3Dcomment&map=nps%3Dnps", body: body)
            // Two respondents who wrote the same are two answers, not one.
            #expect(first["imported"] as? Int == 3)
            #expect(first["duplicates"] as? Int == 0)
            let second = try await t.startImport("acme", query: "map=text%3Dcomment&map=nps%3Dnps", body: body)
            #expect(second["imported"] as? Int == 0)
            #expect(second["duplicates"] as? Int == 3)
        }
    }

    @Test func aFileThatIsNotTheFormatIsRefusedBeforeAnythingIsStored() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let cases: [(String, String, String)] = [
                ("map=text%3Dcomment", "comment\n\"never closed\n", "unterminated quoted field"),
                ("map=text%3DComments", "comment,nps\nHello,3\n", "The header row has no column named “Comments”"),
                ("map=text%3Dcomment", "", "The file is empty."),
                ("map=text%3Dcomment", "PK\u{0}\u{3}\u{4}binary", "not a text file"),
                ("format=formbricks-hub", #"{"hello": "world"}"#, "no field_type"),
                ("format=formbricks-hub", "comment\nhello\n", "expected a feedback record object here"),
                ("map=nosuch%3Dcomment", "comment\nhello\n", "should read FIELD=COLUMN"),
            ]
            for (query, body, message) in cases {
                let response = try await t.upload("/api/v1/organizations/acme/imports?\(query)", body: body)
                #expect(response.status == .unprocessableEntity, "\(query)")
                #expect(response.body.string.contains(message), "\(response.body.string)")
            }
            let imports = try await t.send(.GET, "/api/v1/organizations/acme/imports").body.string
            #expect(imports.contains(#""total":0"#))
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/feedback").body.string.contains(#""total":0"#))
        }
    }

    @Test func formbricksHubRecordsOfOneSubmissionBecomeOneItem() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let records = """
            [{"tenant_id":"org-1","submission_id":"s-1","field_id":"q1","field_type":"nps","value_number":3,"collected_at":"2026-05-02T09:00:00Z","source_type":"survey","source_name":"Pulse","metadata":{"touchpoint":"Fault line"}},
             {"tenant_id":"org-1","submission_id":"s-2","field_id":"q2","field_type":"text","value_text":"Engineer was brilliant","collected_at":"2026-05-03T09:00:00Z","source_type":"survey"},
             {"tenant_id":"org-1","submission_id":"s-1","field_id":"q2","field_type":"text","value_text":"On hold for 40 minutes, then cut off","collected_at":"2026-05-02T09:00:00Z","source_type":"survey","source_name":"Pulse"}]
            """
            let done = try await t.startImport("acme", query: "format=formbricks-hub&map=touchpoint%3Dmetadata.touchpoint", body: records,
                                               contentType: "application/json")
            #expect(done["imported"] as? Int == 2, "\(done)")
            let list = try await t.send(.GET, "/api/v1/organizations/acme/feedback").body.string
            #expect(list.contains(#""external_id":"org-1\/s-1""#) || list.contains(#""external_id":"org-1/s-1""#), "\(list)")
            #expect(list.contains(#""nps":3"#) && list.contains(#""date":"2026-05-02""#) && list.contains(#""occurred_at":"2026-05-02T09:00:00Z""#))
            #expect(list.contains("On hold for 40 minutes, then cut off") && list.contains(#""channel":"Pulse""#))
            #expect(list.contains(#""sentiment_label":"negative""#))
        }
    }

    @Test func onlyAdministratorsAndCXLeadsImport() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let member = try await t.user("member@example.org")
            try await t.join("acme", member, Access(role: .member))
            let page = try await t.send(.GET, "/orgs/acme/imports/new", as: .some(member))
            #expect(page.status == .forbidden)
            #expect(page.body.string.contains("Only administrators and CX leads of"))
            let list = try await t.send(.GET, "/orgs/acme/imports", as: .some(member))
            #expect(list.status == .ok && list.body.string.contains("A CX lead or administrator can import"))
        }
    }
}

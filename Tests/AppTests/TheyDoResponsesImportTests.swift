@testable import App
import Domain
import Fluent
import Foundation
@testable import Persistence
import Testing

/// TheyDo survey responses through the API, the mapping page and `align import feedback`: one item per
/// response, idempotent by survey and response id, a response the format refuses named by its property.
@Suite struct TheyDoResponsesImportTests {
    static let file = #"""
    {
      "format": "THEYDO_SURVEY_RESPONSES_V1",
      "surveyMetadata": {
        "surveyName": "Fault follow-up", "surveyId": "fault-2026",
        "surveyFields": [
          {"fieldId": "comment", "fieldName": "What happened?", "fieldType": "TEXT", "required": true},
          {"fieldId": "touch", "fieldName": "Where", "fieldType": "TAG_GROUP", "tagGroupTitle": "Touchpoint", "required": false},
          {"fieldId": "plan", "fieldName": "Plan", "fieldType": "PERSONA", "required": false},
          {"fieldId": "notes", "fieldName": "Agent notes", "fieldType": "IGNORE", "required": false}
        ]
      },
      "responses": [
        {"responseId": "r-1", "responseDateTime": "2026-05-02T09:00:00Z", "responseFields": [{"fieldId": "comment", "textValue": "On hold for 40 minutes\n"}, {"fieldId": "touch", "textValue": "Fault line"}, {"fieldId": "plan", "textValue": "Business"}]},
        {"responseId": "r-2", "responseDateTime": "2026-05-03T10:30:00Z", "responseFields": [{"fieldId": "comment", "textValue": "=HYPERLINK(\"x\")"}, {"fieldId": "notes", "textValue": "never stored"}]},
        {"responseId": "r-3", "responseDateTime": "2026-05-03 10:30", "responseFields": [{"fieldId": "comment", "textValue": "Late"}]}
      ]
    }
    """#

    @Test func responsesImportOnceThroughTheAPIWithTheirTextTimeAndSegment() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let query = "format=theydo-responses&map=touchpoint%3Dtouch"
            let first = try await t.startImport("acme", query: query, body: Self.file, contentType: "application/json")
            #expect(first["imported"] as? Int == 2 && first["rejected"] as? Int == 1, "\(first)")
            let again = try await t.startImport("acme", query: query, body: Self.file, contentType: "application/json")
            #expect(again["imported"] as? Int == 0 && again["duplicates"] as? Int == 2, "\(again)")
            let rejections = try await t.send(.GET, "/api/v1/organizations/acme/imports/\(try #require(first["id"] as? String))/rejections").body.string
            #expect(rejections.contains(#""column":"responses[2].responseDateTime""#) && rejections.contains(#""line":15"#), "\(rejections)")
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
            let items = try await RecordStore<FeedbackRecord>(db: t.app.db, organizationID: org).all().map(\.content)
                .sorted { $0.externalID ?? "" < $1.externalID ?? "" }
            #expect(items.map(\.text) == ["On hold for 40 minutes\n", #"=HYPERLINK("x")"#])
            #expect(items.map(\.externalID) == ["fault-2026/r-1", "fault-2026/r-2"])
            #expect(items[0].segment == "Business" && items[0].touchpointIDs.count == 1 && items[1].touchpointIDs.isEmpty, "\(items)")
            #expect(items[1].occurredAt == ISO8601DateFormatter().date(from: "2026-05-03T10:30:00Z"))
        }
    }

    @Test func theMappingPageOffersTheDeclaredFieldsButNotTheIgnoredOnes() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.id)
            let path = ImportFiles.newPath()
            try Self.file.write(toFile: path, atomically: true, encoding: .utf8)
            let record = FeedbackImportRecord(organizationID: org, fileName: "fault.json", settings: ImportSettings(format: .theyDoResponses),
                                              filePath: path, totalBytes: Int64(Self.file.utf8.count), createdBy: nil)
            record.statusValue = ImportStatus.draft.rawValue
            try await record.create(on: t.app.db)
            let page = try await t.send(.GET, "/orgs/acme/imports/\(try record.requireID())").body.string
            #expect(page.contains(#"<option value="touch""#) && page.contains(#"<option value="plan""#), "\(page)")
            #expect(!page.contains(#"<option value="notes""#))
            #expect(page.contains("On hold for 40 minutes"))
        }
    }

    @Test func theCommandLineImportsTheSameFile() async throws {
        try await CommandLineTests.withDatabase { config in
            let path = try ImportCommandLineTests.file(Self.file)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let settings = ImportSettings(format: .theyDoResponses)
            try await AlignRunner.importFeedback(config, file: path, settings: settings, organization: "acme", rejectionsFile: nil)
            try await AlignRunner.importFeedback(config, file: path, settings: settings, organization: "acme", rejectionsFile: nil)
            #expect(try await ImportCommandLineTests.count(config).items == 2)
        }
    }
}

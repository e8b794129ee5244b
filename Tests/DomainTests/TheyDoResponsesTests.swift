@testable import Domain
import Foundation
import Testing

/// TheyDo's survey and feedback response files, read as TheyDo's schema and `test-format` define them.
@Suite struct TheyDoResponsesTests {
    static let metadata = #"""
      "surveyMetadata": {
        "surveyName": "Q2 NPS Survey", "surveyId": "survey-q2", "convertAllRowsToQuotes": true,
        "surveyFields": [
          {"fieldId": "comment", "fieldName": "What can we improve?", "fieldType": "TEXT", "required": true},
          {"fieldId": "more", "fieldName": "Anything else?", "required": false},
          {"fieldId": "segment", "fieldName": "Customer segment", "fieldType": "PERSONA", "required": false},
          {"fieldId": "touch", "fieldName": "Where", "fieldType": "TAG_GROUP", "tagGroupTitle": "Touchpoint", "required": false},
          {"fieldId": "internal", "fieldName": "Agent notes", "fieldType": "IGNORE", "required": false}
        ]
      }
    """#

    static func response(_ id: String, _ answers: String, time: String = "2026-01-01T09:15:30Z") -> String {
        #"{"responseId": "\#(id)", "responseDateTime": "\#(time)", "responseFields": [\#(answers)]}"#
    }

    static func file(_ responses: [String], metadataFirst: Bool = true, format: String = "THEYDO_SURVEY_RESPONSES_V1") -> String {
        let list = #""responses": [\#n"# + responses.joined(separator: ",\n") + "\n]"
        let parts = metadataFirst ? [metadata, list] : [list, metadata]
        return "{\n" + #""format": "\#(format)","# + "\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    static func read(_ text: String, settings: ImportSettings = ImportSettings(format: .theyDoResponses), chunk: Int = 7) throws -> [ImportRowMapper.Row] {
        var reader = ImportRowReader(settings: settings)
        let bytes = Array(text.utf8)
        var rows: [ImportRowMapper.Row] = []
        for start in stride(from: 0, to: bytes.count, by: chunk) { rows += try reader.feed(bytes[start..<min(start + chunk, bytes.count)]) }
        return rows + (try reader.finish())
    }

    static func value(_ row: ImportRowMapper.Row, _ field: ImportField) -> String? { row.values[field]?.value }

    @Test func aResponseBecomesOneItemWithItsTextsTimeSegmentAndIdExactly() throws {
        let rows = try Self.read(Self.file([
            Self.response("resp-1", #"{"fieldId": "comment", "textValue": "\tFaster onboarding\n"}, {"fieldId": "more", "textValue": "=1+1"}, {"fieldId": "segment", "textValue": "Enterprise"}, {"fieldId": "internal", "textValue": "secret"}"#),
            Self.response("resp-2", #"{"fieldId": "comment", "textValue": "Great support."}"#, time: "2026-01-02T12:00Z"),
        ]))
        #expect(rows.count == 2 && rows.allSatisfy { $0.refusal == nil })
        #expect(Self.value(rows[0], .text) == "\tFaster onboarding\n\n\n=1+1")
        #expect(Self.value(rows[0], .externalID) == "survey-q2/resp-1")
        #expect(Self.value(rows[0], .date) == "2026-01-01T09:15:30Z")
        #expect(Self.value(rows[0], .segment) == "Enterprise")
        #expect(rows[0].values.values.allSatisfy { $0.value != "secret" }, "an IGNORE field was read")
        #expect(rows[0].line == 14 && rows[1].line == 15)
        #expect(Self.value(rows[1], .text) == "Great support.")
    }

    @Test func theMappingNamesDeclaredFieldsAndResponsesMayComeBeforeTheMetadata() throws {
        let settings = ImportSettings(format: .theyDoResponses, columns: [.text: "more", .touchpoint: "touch"])
        let rows = try Self.read(Self.file([Self.response("r", #"{"fieldId": "comment", "textValue": "One"}, {"fieldId": "more", "textValue": "Two"}, {"fieldId": "touch", "textValue": "Billing"}"#)],
                                          metadataFirst: false), settings: settings)
        #expect(rows.count == 1 && Self.value(rows[0], .text) == "Two" && Self.value(rows[0], .touchpoint) == "Billing")
        for (field, reason) in [("nowhere", "does not declare"), ("internal", "is IGNORE")] {
            do {
                _ = try Self.read(Self.file([Self.response("r", #"{"fieldId": "comment", "textValue": "One"}"#)]),
                                  settings: ImportSettings(format: .theyDoResponses, columns: [.customer: field]))
                Issue.record("a mapping to \(field) was taken")
            } catch { #expect(String(describing: error).contains(reason), "\(error)") }
        }
    }

    @Test(arguments: [
        (#"{"fieldId": "comment", "textValue": "x"}"#, "2026-01-01T09:15:30+02:00", "responseDateTime", "ending in Z"),
        (#"{"fieldId": "comment", "textValue": "x"}"#, "2026-01-01 09:15:30", "responseDateTime", "ending in Z"),
        (#"{"fieldId": "comment", "textValue": "x"}"#, "2026-02-30T09:15:30Z", "responseDateTime", "ending in Z"),
        (#"{"fieldId": "other", "textValue": "x"}, {"fieldId": "comment", "textValue": "x"}"#, "2026-01-01T09:15:30Z", "responseFields[0].fieldId", "not a field the metadata declares"),
        (#"{"fieldId": "comment", "textValue": "x"}, {"fieldId": "comment", "textValue": "y"}"#, "2026-01-01T09:15:30Z", "responseFields[1].fieldId", "answered twice"),
        (#"{"fieldId": "more", "textValue": "x"}"#, "2026-01-01T09:15:30Z", "responseFields", "required field “comment” has no value"),
        (#"{"fieldId": "comment", "textValue": ""}"#, "2026-01-01T09:15:30Z", "responseFields", "required field “comment” has no value"),
        (#"{"fieldId": "comment", "textValue": 5}"#, "2026-01-01T09:15:30Z", "responseFields[0].textValue", "is required, as text"),
        (#"{"fieldId": "comment", "textValue": "x", "score": 5}"#, "2026-01-01T09:15:30Z", "responseFields[0].score", "not a property"),
    ])
    func aResponseTheFormatRefusesIsRefusedNamingTheProperty(answers: String, time: String, property: String, reason: String) throws {
        let rows = try Self.read(Self.file([Self.response("ok", #"{"fieldId": "comment", "textValue": "Fine"}"#), Self.response("bad", answers, time: time)]))
        #expect(rows.count == 2 && rows[0].refusal == nil)
        let refusal = try #require(rows[1].refusal)
        #expect(refusal.column == "responses[1]." + property && refusal.reason.contains(reason), "\(refusal)")
        #expect(rows[1].line == 15)
    }

    @Test(arguments: [
        (#"{"format": "THEYDO_INSIGHTS_V1", "surveyMetadata": {}, "responses": []}"#, "format must be"),
        (#"{"format": "THEYDO_FEEDBACK_RESPONSES_V1",\#n\#(metadata), "responses": [{}]}"#, "describes itself in feedbackMetadata"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "responses": [], "extra": 1}"#, "“extra” is not a property"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": [{"fieldId": "a", "fieldName": "", "required": true}]}, "responses": []}"#, "fieldName: must not be empty"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": [{"fieldId": "a", "fieldName": "A", "fieldType": "TAG_GROUP", "required": true}]}, "responses": []}"#, "tagGroupTitle: is required"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": [{"fieldId": "a", "fieldName": "A", "required": true}, {"fieldId": "a", "fieldName": "B", "required": true}]}, "responses": []}"#, "declared twice"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": [{"fieldId": "a", "fieldName": "A", "fieldType": "PERSONA", "required": true}, {"fieldId": "b", "fieldName": "B", "fieldType": "PERSONA", "required": true}]}, "responses": []}"#, "only one field may be PERSONA"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": [{"fieldId": "a", "fieldName": "A", "required": 1}]}, "responses": []}"#, "required: is required, as true or false"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": []}, "responses": []}"#, "no “responses” list, or it is empty"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1", "surveyMetadata": {"surveyName": "S", "surveyId": "s", "surveyFields": []}, "responses": [{"responseId": "a"}"#, "ends before"),
        (#"[{"format": "THEYDO_SURVEY_RESPONSES_V1"}]"#, "one JSON object"),
        (#"{"format": "THEYDO_SURVEY_RESPONSES_V1",, "responses": []}"#, "property name"),
    ])
    func aFileTheFormatRefusesIsRefusedWhole(text: String, reason: String) {
        do {
            _ = try Self.read(text)
            Issue.record("read without a word: \(text)")
        } catch {
            #expect(String(describing: error).contains(reason), "\(error)")
        }
    }

    @Test func theFeedbackFormatReadsAlike() throws {
        let text = Self.file([Self.response("f-1", #"{"fieldId": "comment", "textValue": "Fine"}"#)], format: "THEYDO_FEEDBACK_RESPONSES_V1")
            .replacingOccurrences(of: "survey", with: "feedback")
        let rows = try Self.read(text)
        #expect(rows.count == 1 && Self.value(rows[0], .externalID) == "feedback-q2/f-1")
    }
}

import Domain
import Testing

/// Qualtrics exports are recognised by their header rows, never by their answers.
@Suite struct QualtricsLayoutTests {
    static let current = "\u{FEFF}StartDate,EndDate,ResponseId,Q1,Q2_TEXT\r\n"
        + "Start Date,End Date,Response ID,\"How likely are you to recommend us?\",\"Anything else, in your words?\"\r\n"
        + #""{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate"",""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}""#
        + "\r\n2026-03-01 10:00:00,2026-03-01 10:05:00,R_1,9,Fine\r\n"
    static let legacy = "ResponseID,ResponseSet,StartDate,EndDate,Q1\nResponseID,ResponseSet,StartDate,EndDate,How likely are you to recommend us?\n"
        + "R_1,Default Response Set,2014-03-01 10:00:00,2014-03-01 10:05:00,9\n"

    @Test func theCurrentExportHasThreeHeaderRowsAndNamesItsZone() throws {
        let layout = try #require(QualtricsLayout.detect(Array(Self.current.utf8)))
        #expect(layout.kind == .threeHeaderRows && layout.headerRow == 1 && layout.firstDataRow == 4)
        #expect(layout.timeZone == "America/Denver")
        #expect(layout.description.contains("the answers start on row 4; its dates are in America/Denver"))
    }

    @Test func theLegacyExportHasTwo() throws {
        let layout = try #require(QualtricsLayout.detect(Array(Self.legacy.utf8)))
        #expect(layout.kind == .legacyTwoHeaderRows && layout.firstDataRow == 3 && layout.timeZone == nil)
    }

    @Test(arguments: [
        "comment,nps\nFine,9\nBad,2\n",
        "id,comment\n1,\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n2,ok\n",
        "ResponseID,comment\nR_1,Fine\nR_2,Bad\n",
        "StartDate,EndDate\n2026-03-01",
    ])
    func otherFilesAreNotTakenForOne(_ csv: String) {
        #expect(QualtricsLayout.detect(Array(csv.utf8)) == nil)
    }
}

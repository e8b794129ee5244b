import Testing
import Domain

@Suite("CSV header and writer")
struct CSVTableTests {
    @Test func headerNamesAreTrimmedAndLookedUpIgnoringCase() {
        let header = CSVHeader(CSVRecord(fields: ["  Name ", "EMAIL", "Score\t", "", "Straße"], line: 1))
        #expect(header.names == ["Name", "EMAIL", "Score", "", "Straße"])
        #expect(header.index(of: "name") == 0)
        #expect(header.index(of: "Email") == 1)
        #expect(header.index(of: " score ") == 2)
        #expect(header.index(of: "STRASSE") == nil)
        #expect(header.index(of: "STRAßE") == 4)
        #expect(header.index(of: "") == nil)
        #expect(header.index(of: "missing") == nil)
    }

    @Test func duplicateNamesKeepTheFirstColumn() {
        let header = CSVHeader(names: ["id", "Comment", "comment ", "ID"])
        #expect(header.index(of: "comment") == 1)
        #expect(header.index(of: "id") == 0)
    }

    @Test func valuesAreFoundByNameAndMissingOnesAreNil() {
        let header = CSVHeader(names: ["id", "score", "comment"])
        let full = CSVRecord(fields: ["7", "9", "Great"], line: 2)
        let short = CSVRecord(fields: ["8"], line: 3)
        #expect(header.value("Comment", in: full) == "Great")
        #expect(header.value("score", in: short) == nil)
        #expect(header.value("id", in: short) == "8")
        #expect(header.value("nope", in: full) == nil)
    }

    /// Qualtrics exports three header rows: short names, question texts (which may hold line
    /// breaks and quotes), then import IDs that stay stable when questions are reworded.
    @Test func qualtricsExportReadsWithTheHeaderOnRowThree() throws {
        let text = """
            StartDate,EndDate,Q1,Q2_1\r
            Start Date,End Date,"How likely are you to recommend us?
            (0 = not at all)","Which ""channels"" did you use? - Phone"\r
            "{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate""}",\
            "{""ImportId"":""QID1""}","{""ImportId"":""QID2_1""}"\r
            2024-05-01 10:00:00,2024-05-01 10:05:00,9,1\r
            2024-05-02 08:00:00,2024-05-02 08:01:30,"",\r

            """
        let records = try parseCSV(text)
        let header = CSVHeader(records[2])
        let answers = records.dropFirst(3)
        #expect(records[1].fields[2] == "How likely are you to recommend us?\n(0 = not at all)")
        #expect(header.index(of: #"{"importid":"qid1"}"#) == 2)
        #expect(answers.map(\.line) == [5, 6])
        #expect(answers.map { header.value(#"{"ImportId":"QID1"}"#, in: $0) } == ["9", ""])
        #expect(answers.map { header.value(#"{"ImportId":"QID2_1"}"#, in: $0) } == ["1", ""])
    }

    @Test(arguments: [
        (["plain", "two words", " padded "], ",", "plain,two words, padded \r\n"),
        (["a,b", "c"], ",", "\"a,b\",c\r\n"),
        (["say \"hi\"", "\""], ",", "\"say \"\"hi\"\"\",\"\"\"\"\r\n"),
        (["line\nbreak", "cr\rhere", "both\r\n"], ",", "\"line\nbreak\",\"cr\rhere\",\"both\r\n\"\r\n"),
        ([""], ",", "\"\"\r\n"),
        (["", ""], ",", ",\r\n"),
        (["a,b", "c;d"], ";", "a,b;\"c;d\"\r\n"),
        (["a b", "c\td"], "\t", "a b\t\"c\td\"\r\n"),
    ] as [([String], Unicode.Scalar, String)])
    func writerQuotesOnlyWhenNeeded(fields: [String], delimiter: Unicode.Scalar, line: String) {
        #expect(CSVWriter.line(fields, delimiter: UInt8(ascii: delimiter)) == line)
    }

    static let roundTripRows: [[String]] = [
        ["id", "comment", "language"],
        ["1", "Grüße aus Köln, \"sehr gut\"", "de"],
        ["2", "日本語のコメント\r\n二行目", "ja"],
        ["3", "Привет; мир", "ru"],
        ["4", "مرحبا\tبالعالم", "ar"],
        ["5", "👩🏽‍💻🇸🇪 e\u{301} \u{FEFF}", "emoji"],
        [""],
        ["", "", ""],
        ["  leading and trailing  ", "\"", "\n"],
    ]

    @Test(arguments: [",", ";", "\t"] as [Unicode.Scalar])
    func writtenRowsReadBackUnchanged(delimiter: Unicode.Scalar) throws {
        let byte = UInt8(ascii: delimiter)
        let text = Self.roundTripRows.map { CSVWriter.line($0, delimiter: byte) }.joined()
        #expect(try parseCSV(text, delimiter: byte).map(\.fields) == Self.roundTripRows)
    }
}

@Suite("Trimming")
struct TrimmingTests {
    @Test func trimsWhitespaceAndLineBreaksAtBothEndsOnly() {
        #expect("  a b  ".trimmedWhitespace == "a b")
        #expect("\r\n\tNPS\u{00A0}".trimmedWhitespace == "NPS")
        #expect("plain".trimmedWhitespace == "plain")
        #expect("   ".trimmedWhitespace == "")
        #expect("".trimmedWhitespace == "")
        #expect("é ".trimmedWhitespace == "é")
        #expect("\u{3000}全角\u{3000}".trimmedWhitespace == "全角", "an ideographic space is whitespace too")
    }
}

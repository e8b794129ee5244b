import Foundation
import Testing
import Domain

/// Feeds the chunks in order, then finishes.
func parseCSV(_ chunks: [ArraySlice<UInt8>], delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVError) -> [CSVRecord] {
    var parser = CSVParser(delimiter: delimiter)
    var records: [CSVRecord] = []
    for chunk in chunks { records += try parser.feed(chunk) }
    return records + (try parser.finish())
}

func parseCSV(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVError) -> [CSVRecord] {
    try parseCSV([ArraySlice(text.utf8)], delimiter: delimiter)
}

/// The same bytes cut at every split point, and at every pair of split points.
private func everySplit(of bytes: [UInt8]) -> [[ArraySlice<UInt8>]] {
    var splits: [[ArraySlice<UInt8>]] = [bytes.map { [$0][...] }]
    for i in 0...bytes.count {
        for j in i...bytes.count {
            splits.append([bytes[..<i], bytes[i..<j], bytes[j...]])
        }
    }
    return splits
}

/// Every feature at once: a byte-order mark, all three line ends, quoted line breaks and
/// doubled quotes, blank lines, multi-byte characters and no line break at the end.
private let richSample = Array(("\u{FEFF}id,name,note\r\n1,Zoë,\"multi\r\nline, with \"\"quotes\"\"\"\r\n\n"
    + "2,日本語,🇸🇪👩‍👩‍👧\r3,\"\",\"x\ny\"\n\r\n4,é,end").utf8)

private let richRecords = [
    CSVRecord(fields: ["id", "name", "note"], line: 1),
    CSVRecord(fields: ["1", "Zoë", "multi\r\nline, with \"quotes\""], line: 2),
    CSVRecord(fields: ["2", "日本語", "🇸🇪👩‍👩‍👧"], line: 5),
    CSVRecord(fields: ["3", "", "x\ny"], line: 6),
    CSVRecord(fields: ["4", "é", "end"], line: 9),
]

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func readsEveryFeatureWhole() throws {
        #expect(try parseCSV([richSample[...]]) == richRecords)
    }

    @Test func splittingAtAnyByteGivesTheSameRecords() throws {
        for chunks in everySplit(of: richSample) {
            let records = try parseCSV(chunks)
            #expect(records == richRecords, "split as \(chunks.map(\.count))")
            if records != richRecords { return }
        }
    }

    @Test func splittingWithOtherDelimitersGivesTheSameRecords() throws {
        let bytes = Array("a;\"b;\r\nc\";\t\r\n\"\"\"\";ü\r".utf8)
        let expected = [CSVRecord(fields: ["a", "b;\r\nc", "\t"], line: 1), CSVRecord(fields: ["\"", "ü"], line: 3)]
        for chunks in everySplit(of: bytes) {
            #expect(try parseCSV(chunks, delimiter: UInt8(ascii: ";")) == expected)
        }
    }

    @Test func byteOrderMarkIsStrippedOnlyAtTheVeryStart() throws {
        let records = try parseCSV("\u{FEFF}name\n\u{FEFF}b")
        #expect(records.map(\.fields) == [["name"], ["\u{FEFF}b"]])
        #expect(try parseCSV("name").map(\.fields) == [["name"]])
    }

    @Test func textStartingLikeAByteOrderMarkIsKept() throws {
        // U+F000 encodes as EF 80 80: its first byte matches the mark, the rest do not.
        for chunks in everySplit(of: Array("\u{F000}x,y".utf8)) {
            #expect(try parseCSV(chunks).map(\.fields) == [["\u{F000}x", "y"]])
        }
    }

    @Test(arguments: ["a,b\nc,d", "a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\rc,d\r", "a,b\r\nc,d"])
    func everyLineEndSeparatesRecords(text: String) throws {
        let records = try parseCSV(text)
        #expect(records == [CSVRecord(fields: ["a", "b"], line: 1), CSVRecord(fields: ["c", "d"], line: 2)])
    }

    @Test func quotedFieldsKeepLineBreaksDelimitersAndDoubledQuotes() throws {
        let records = try parseCSV("\"x\ny\",\"a,b\",\"say \"\"hi\"\"\",\"cr\r\nlf\",\"\"\n")
        #expect(records.map(\.fields) == [["x\ny", "a,b", "say \"hi\"", "cr\r\nlf", ""]])
    }

    @Test(arguments: [(UInt8(ascii: ";"), "a;b,c;\"d;e\"\n1;2;3"), (UInt8(ascii: "\t"), "a\tb,c\t\"d\te\"\n1\t2\t3")])
    func otherDelimitersSplitFields(delimiter: UInt8, text: String) throws {
        let records = try parseCSV(text, delimiter: delimiter)
        #expect(records.map(\.fields) == [["a", "b,c", "d" + String(UnicodeScalar(delimiter)) + "e"], ["1", "2", "3"]])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try parseCSV(",a,,\n,\n\"\"").map(\.fields) == [["", "a", "", ""], ["", ""], [""]])
    }

    @Test func textInManyLanguagesIsReadIntact() throws {
        let fields = ["Grüße", "日本語テキスト", "Привет", "مرحبا", "שלום", "नमस्ते", "e\u{301}", "👩🏽‍💻🇸🇪"]
        #expect(try parseCSV(fields.joined(separator: ",")).map(\.fields) == [fields])
    }

    @Test func recordLinesCountEveryPhysicalLine() throws {
        let text = "h1,h2\n\"a\nb\nc\",d\ne,f\r\n\"g\r\nh\",i\rj,\"k\r\r\"\nl,m"
        #expect(try parseCSV(text).map(\.line) == [1, 2, 5, 6, 8, 11])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let records = try parseCSV("\n\na\n\n\r\n\rb\n\n")
        #expect(records == [CSVRecord(fields: ["a"], line: 3), CSVRecord(fields: ["b"], line: 7)])
        #expect(try parseCSV("\r\n\n\r").isEmpty)
        #expect(try parseCSV("").isEmpty)
    }

    @Test func feedReturnsRecordsAsSoonAsTheyAreComplete() throws {
        var parser = CSVParser()
        #expect(try parser.feed("a,b\nc".utf8) == [CSVRecord(fields: ["a", "b"], line: 1)])
        #expect(try parser.feed(Data(",d\r".utf8)) == [CSVRecord(fields: ["c", "d"], line: 2)])
        // Not contiguous in memory, so read through the slower path.
        #expect(try parser.feed(Array("\ne".utf8).lazy.map { $0 }) == [])
        #expect(try parser.finish() == [CSVRecord(fields: ["e"], line: 3)])
    }

    @Test func finishStartsOverForAnotherDocument() throws {
        var parser = CSVParser()
        _ = try parser.feed("\u{FEFF}a\nb".utf8)
        _ = try parser.finish()
        #expect(try parser.feed("\u{FEFF}c\n".utf8) == [CSVRecord(fields: ["c"], line: 1)])
    }

    static let errorCases: [([UInt8], CSVError)] = [
        (Array("a,b\nc,ab\"c\n".utf8), CSVError(line: 2, column: 2, message: "quote inside an unquoted field")),
        (Array("\"a\nb\",c,d\"\n".utf8), CSVError(line: 2, column: 3, message: "quote inside an unquoted field")),
        (Array("id\n\"ab\"x,y\n".utf8), CSVError(line: 2, column: 1, message: "unexpected character after closing quote")),
        (Array("a,\"b\" ,c".utf8), CSVError(line: 1, column: 2, message: "unexpected character after closing quote")),
        (Array("a,b\nc,\"open\nmore\n".utf8), CSVError(line: 2, column: 2, message: "unterminated quoted field")),
        (Array("a,b\r\n\"".utf8), CSVError(line: 2, column: 1, message: "unterminated quoted field")),
        (Array("a,".utf8) + [0xFF] + Array("\nb".utf8), CSVError(line: 1, column: 2, message: "not valid UTF-8")),
        (Array("x\n\"ok\",\"a\nb".utf8) + [0xC3, 0x22], CSVError(line: 2, column: 2, message: "not valid UTF-8")),
        (Array("a,".utf8) + [0xE6, 0x97], CSVError(line: 1, column: 2, message: "not valid UTF-8")),
        ([0xEF, 0xBB], CSVError(line: 1, column: 1, message: "not valid UTF-8")),
    ]

    @Test(arguments: errorCases)
    func malformedInputReportsLineAndColumn(bytes: [UInt8], error: CSVError) {
        for chunks in everySplit(of: bytes) {
            #expect(throws: error) { try parseCSV(chunks) }
        }
    }

    @Test func afterAnErrorEveryCallThrowsIt() {
        var parser = CSVParser()
        let error = CSVError(line: 2, column: 1, message: "quote inside an unquoted field")
        #expect(throws: error) { try parser.feed("ok\na\"\nb\n".utf8) }
        #expect(throws: error) { try parser.feed("c\n".utf8) }
        #expect(throws: error) { try parser.finish() }
    }
}

@testable import Analysis
import Domain
import Foundation
import Testing

/// `align analyze`: any CSV in, the same CSV out with sentiment and theme columns.
@Suite struct AnalyzeTests {
    static func file(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-\(UUID().uuidString).csv").path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func run(_ analysis: CSVAnalysis) throws -> [CSVRecord] {
        var output: [UInt8] = []
        try analysis.run { output += $0 }
        var parser = CSVParser()
        return try parser.feed(output) + parser.finish()
    }

    @Test func rowsComeBackWithSentimentAndThemeColumns() throws {
        let comments = [
            "I was transferred between departments and nobody helped",
            "Transferred between departments twice, awful",
            "Again transferred between departments for an hour",
            "The engineer was wonderful and fixed it quickly",
            "\"Great service\", she said,\nthen it broke again",
        ]
        let rows = comments.enumerated().map { "\($0.offset + 1),\"\($0.element.replacingOccurrences(of: "\"", with: "\"\""))\"" }
        let path = try Self.file("\u{FEFF}Exported from SurveyTool\r\nid,Comment\r\n" + rows.joined(separator: "\r\n") + "\r\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try Self.run(CSVAnalysis(path: path, textColumn: "comment", headerRow: 2))
        #expect(records.count == 6)
        #expect(records[0].fields == ["id", "Comment", "sentiment_score", "sentiment_label", "theme"])
        #expect(records[1].fields[4] == "transferred between departments")
        #expect(records[1].fields[3] == "negative")
        #expect(records[4].fields[3] == "positive")
        #expect(records[5].fields[1] == comments[4])
        let score = try #require(Double(records[1].fields[2]))
        #expect((-1...0).contains(score))
    }

    /// Many small batches (parked between the passes, worked on while the next is read) write what one batch writes.
    @Test func smallBatchesWriteTheSameLinesInTheSameOrder() throws {
        let lines = (1...50).map { "\($0),\"\(["Transferred between departments again", "Lovely engineer", "still waiting, on hold", "Ünïcödé bill, awful"][$0 % 4]) \($0)\",x" }
        let path = try Self.file("id,comment,other\n" + lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var small = CSVAnalysis(path: path, textColumn: "comment")
        small.batchSize = 3
        let expected = try Self.run(CSVAnalysis(path: path, textColumn: "comment"))
        #expect(expected.count == 51 && expected[1].fields[0] == "1" && expected[50].fields[0] == "50")
        #expect(try Self.run(small) == expected)
    }

    @Test func aMissingColumnIsNamedWithTheColumnsThatExist() throws {
        let path = try Self.file("id,text\n1,hello\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try Self.run(CSVAnalysis(path: path, textColumn: "comment")) } throws: { error in
            String(describing: error).contains("no column named \"comment\". Columns are: id, text")
        }
    }

    @Test func malformedCSVStopsWithTheLineAndColumn() throws {
        let path = try Self.file("id,text\n1,fine\n2,bro\"ken\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try Self.run(CSVAnalysis(path: path, textColumn: "text")) } throws: { error in
            String(describing: error).hasPrefix("Line 3, column 2:")
        }
        #expect { try Self.run(CSVAnalysis(path: "/no/such/file.csv", textColumn: "text")) } throws: { error in
            String(describing: error).contains("Cannot open /no/such/file.csv")
        }
    }

    /// Scores are written as Foundation's "%.3f" would write them, across the whole range.
    @Test func scoresHaveThreeDecimalsAsPrintfWritesThem() {
        for step in -1000...1000 {
            let value = Double(step) / 1000 + 0.0001 * Double(step % 7)
            #expect(CSVAnalysis.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
        #expect(CSVAnalysis.threeDecimals(-0.0001) == "0.000")
        #expect(CSVAnalysis.threeDecimals(1) == "1.000" && CSVAnalysis.threeDecimals(-1) == "-1.000")
    }
}

import Domain
import Testing

/// What an import stores and refuses, row by row: text byte for byte, rows as wide as the header,
/// columns named unmistakably, scores written as digits, labels that may mean no answer.
@Suite struct ImportRulesTests {
    /// Each line read through the whole path a file takes (reader, then mapper): stored items or rejections.
    static func read(_ csv: String, _ settings: ImportSettings) throws -> [(line: Int, outcome: Result<ImportedRow, ImportRejection>)] {
        try ImportPreview.read(Array(csv.utf8), isWholeFile: true, settings: settings, directory: ImportDirectory(), rows: 1_000).rows
    }

    static func settings(_ columns: [ImportField: String], labels: [ImportField: [String: Int]] = [:],
                         noAnswer: [ImportField: Set<String>] = [:]) -> ImportSettings {
        ImportSettings(columns: columns, labels: labels, noAnswer: noAnswer)
    }

    static func stored(_ row: (line: Int, outcome: Result<ImportedRow, ImportRejection>)) -> FeedbackItem? {
        if case .success(let imported) = row.outcome { return imported.item }
        return nil
    }

    static func rejection(_ row: (line: Int, outcome: Result<ImportedRow, ImportRejection>)) -> ImportRejection? {
        if case .failure(let rejection) = row.outcome { return rejection }
        return nil
    }

    @Test(arguments: ["\tleading tab", "\r=1+1", " spaced both ", "ends in a newline\n", "\t=SUM(A1)\r\n", "  "])
    func commentsAreStoredByteForByte(_ comment: String) throws {
        let quoted = "\"" + comment.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let rows = try Self.read("comment,nps\n\(quoted),7\n", Self.settings([.text: "comment", .nps: "nps"]))
        let item = try #require(Self.stored(rows[0]))
        #expect(Array(item.text.utf8) == Array(comment.utf8))
    }

    @Test func rowsOfAnotherWidthAreRejectedWhole() throws {
        let wide = Array(repeating: "x", count: 10_000).joined(separator: ",")
        let csv = "a,b,c,d,e,comment\n1,2,3,4,5,fine\n\(wide)\n1,2,3,too short\n"
        let rows = try Self.read(csv, Self.settings([.text: "comment"]))
        #expect(Self.stored(rows[0])?.text == "fine")
        #expect(Self.rejection(rows[1]) == ImportRejection(line: 3, column: "", reason: "expected 6 fields, found 10000"))
        #expect(Self.rejection(rows[2]) == ImportRejection(line: 4, column: "", reason: "expected 6 fields, found 4"))
    }

    @Test func aNameTwoColumnsShareIsRefusedNamingBoth() throws {
        #expect(throws: ImportPreviewError.self) { try Self.read("comment,comment\na,b\n", Self.settings([.text: "comment"])) }
        do {
            _ = try Self.read("id,comment,x,comment\n1,a,b,c\n", Self.settings([.text: "comment"]))
            Issue.record("a repeated name was accepted")
        } catch let error as ImportPreviewError {
            #expect(error.description.contains("#2 and #4"), "\(error)")
        }
    }

    @Test func namesAlikeButForCaseAreRefusedWhenMapped() throws {
        do {
            _ = try Self.read("comment,nps,NPS\na,1,2\n", Self.settings([.text: "comment", .nps: "NPS"]))
            Issue.record("nps and NPS were told apart by a guess")
        } catch let error as ImportPreviewError {
            #expect(error.description.contains("#2 and #3"), "\(error)")
        }
        // Not mapped, they are harmless.
        let rows = try Self.read("comment,nps,NPS\na,1,2\n", Self.settings([.text: "comment"]))
        #expect(Self.stored(rows[0])?.text == "a")
    }

    @Test func namesMatchExactlyOrByNumber() throws {
        do {
            _ = try Self.read("comment, nps \na,1\n", Self.settings([.text: "comment", .nps: "nps"]))
            Issue.record("“ nps ” was trimmed without a word")
        } catch let error as ImportPreviewError {
            #expect(error.description.contains("#2 is “ nps ”"), "\(error)")
        }
        let rows = try Self.read("comment, nps ,\na,1,blank-named\n", Self.settings([.text: "#3", .nps: " nps "]))
        #expect(Self.stored(rows[0])?.text == "blank-named")
        #expect(Self.stored(rows[0])?.nps == 1)
        #expect(throws: ImportPreviewError.self) { try Self.read("comment\na\n", Self.settings([.text: "#2"])) }
    }

    @Test(arguments: ["1e1", "+5", "0x0A", "9.0", " 8", "8 ", "-1", "٣", "8,0", ""])
    func scoresAreDigitsAlone(_ written: String) throws {
        let rows = try Self.read("comment,nps\nhello,\"\(written)\"\n", Self.settings([.text: "comment", .nps: "nps"]))
        if written.isEmpty {
            #expect(Self.stored(rows[0])?.nps == nil, "an empty cell is no answer")
        } else {
            let rejection = try #require(Self.rejection(rows[0]), "“\(written)” was read as a number")
            #expect(rejection.line == 2 && rejection.column == "nps")
        }
    }

    @Test func plainDigitsAreScores() throws {
        let rows = try Self.read("comment,nps,csat\nhello,10,05\n", Self.settings([.text: "comment", .nps: "nps", .csat: "csat"]))
        #expect(Self.stored(rows[0])?.nps == 10)
        #expect(Self.stored(rows[0])?.csat == 5)
    }

    @Test func aLabelMayMeanNoAnswer() throws {
        let settings = Self.settings([.text: "comment", .csat: "csat"], labels: [.csat: ["very satisfied": 5]], noAnswer: [.csat: ["don't know"]])
        let rows = try Self.read("comment,csat\na,Don't Know\nb, Very Satisfied\n", settings)
        #expect(Self.stored(rows[0]).map { $0.csat == nil } == true)
        #expect(Self.stored(rows[1])?.csat == 5)
    }

    @Test func aScoreOnlyExportNeedsNoTextColumn() throws {
        let settings = try ImportSettings.fromArguments(format: .csv, headerRow: 1, firstDataRow: nil, maps: ["nps=score"],
                                                        labels: ["nps:Not sure="], source: .survey)
        let rows = try Self.read("score\n9\nNot sure\n", settings)
        #expect(Self.stored(rows[0])?.nps == 9)
        #expect(Self.stored(rows[0])?.text == "")
        #expect(Self.rejection(rows[1])?.reason == "The row has neither feedback text nor a score.")
    }

    @Test func aBadLabelArgumentIsNamedAsTyped() {
        let labels = ["csat:a=1", "csat:b=2", "csat:c=3", "csat:d=4", "csat:e=5", "csat:Way off=9"]
        do {
            _ = try ImportSettings.fromArguments(format: .csv, headerRow: 1, firstDataRow: nil, maps: ["text=c"], labels: labels, source: .survey)
            Issue.record("an off-scale label was accepted")
        } catch {
            let message = error.errors.map(\.message).joined()
            #expect(message.contains("--label “csat:Way off=9” (the 6th --label)"), "\(message)")
            #expect(!message.contains("Line 6"))
        }
    }
}

extension ImportRulesTests {
    /// A limit counts what is stored: a channel of 80 characters with spaces around it is 82, over the limit.
    @Test func lengthLimitsCountTheValueAsStored() throws {
        let channel = String(repeating: "c", count: 80)
        let rows = try Self.read("comment,channel\nFine,\(channel)\nFine,\" \(channel) \"\n", Self.settings([.text: "comment", .channel: "channel"]))
        #expect(Self.stored(rows[0])?.channel == channel)
        #expect(Self.rejection(rows[1])?.reason == "Channel is longer than 80 characters.")
    }
}

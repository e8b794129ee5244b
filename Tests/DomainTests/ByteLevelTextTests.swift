@testable import Domain
import Testing

/// The byte-level paths behind themes, sentiment and CSV (hash tables, raw records) agree with
/// what the text means, in ASCII and beyond it.
@Suite struct ByteLevelTextTests {
    @Test func hashSlotsFindEveryKeyAfterGrowing() {
        var table = HashSlots(empty: 0)
        for number in 1...10_000 { table.set(ByteHash.of("word\(number)"), number) }
        #expect(table.count == 10_000)
        var wrong = 0
        for number in 1...10_000 where table[ByteHash.of("word\(number)")] != number { wrong += 1 }
        #expect(wrong == 0)
        #expect(table[ByteHash.of("word10001")] == nil)
        table.update(ByteHash.of("word7"), making: { 0 }) { $0 += 1 }
        #expect(table[ByteHash.of("word7")] == 8 && table.count == 10_000)
    }

    @Test func hashesDependOnEveryByteAndNeverOnNothing() {
        #expect(ByteHash.of("account") != ByteHash.of("accounts"))
        #expect(ByteHash.of("ab") != ByteHash.of("ba"))
        #expect(ByteHash.of("") != 0)
        let account = ByteHash.of("account"), number = ByteHash.of("number")
        #expect(ByteHash.combined(account, number) != ByteHash.combined(number, account))
    }

    @Test func capitalsAndLowercaseCountAsOnePhrase() {
        let themes = ThemeEngineTests.themes(["ACCOUNT NUMBER please", "Account Number again", "account number twice"])
        #expect(themes.first?.name == "account number" && themes.first?.support == 3)
    }

    @Test func textBeyondASCIIIsLowercasedAndSpelledAsWritten() {
        let themes = ThemeEngineTests.themes(["Le CAFÉ CRÈME était froid", "café crème froid", "Un café crème, merci"])
        #expect(themes.map(\.name).contains("café crème"))
        #expect(ThemeMatcher(themes).theme(for: "Encore un CAFÉ CRÈME")?.name == "café crème")
    }

    @Test func anItemRepeatingAPhraseCountsOnce() {
        let themes = ThemeEngineTests.themes(["account number account number", "account number", "nothing here"], minimum: 2)
        #expect(themes.first { $0.name == "account number" }?.support == 2)
    }

    @Test func mergedCountersFindTheSameThemesAsOne() {
        var first = ThemeEngine.Counter(), second = ThemeEngine.Counter()
        ThemeEngineTests.corpus.prefix(4).forEach { first.add($0) }
        ThemeEngineTests.corpus.dropFirst(4).forEach { second.add($0) }
        first.merge(second)
        #expect(first.documents == ThemeEngineTests.corpus.count)
        #expect(ThemeEngine(minimumSupport: 3).themes(from: first) == ThemeEngineTests.themes(ThemeEngineTests.corpus))
    }

    @Test func theFirstThemeAnItemContainsWins() {
        let themes = [Theme(name: "account number", words: ["account", "number"], support: 9),
                      Theme(name: "transferred", words: ["transferred"], support: 5)]
        let matcher = ThemeMatcher(themes)
        #expect(matcher.theme(for: "Transferred, then asked for my account number")?.name == "account number")
        #expect(matcher.theme(for: "transferred twice")?.name == "transferred")
        #expect(matcher.theme(for: "account, number") == nil, "punctuation breaks a phrase")
        #expect(matcher.theme(for: "account’s number") == nil, "a curly apostrophe breaks a phrase as other punctuation does")
        #expect(ThemeMatcher([]).theme(for: "account number") == nil)
    }

    @Test func sentimentValuesWithoutReasonsMatchFullScores() {
        let texts = ["Still waiting, transferred again!!!", "not bad at all", "GREAT service 😀", "Café was fine but the wait was awful :(",
                     "sooooo goooood", "", "The engineer didn’t call back", "waited 3 weeks"]
        for text in texts {
            let full = SentimentAnalyzer().score(text)
            var copy = text
            let quick = copy.withUTF8 { SentimentAnalyzer().value(utf8: $0) }
            #expect(quick.value == full.value && quick.label == full.label, "\(text)")
        }
        #expect(SentimentAnalyzer().score("sooooo goooood").reasons.first?.contains("goooood") == true)
    }

    @Test func rawRecordsMatchStringRecordsWhereverChunksSplit() throws {
        let text = Array("\u{FEFF}id,text\r\n1,\"Café, \"\"quoted\"\"\r\nacross lines\"\r\n\r\n2,plain\n3,\n".utf8)
        var whole = CSVParser()
        let expected = try whole.feed(text) + whole.finish()
        #expect(expected.map(\.line) == [1, 2, 5, 6])
        for size in 1...7 {
            var parser = CSVParser()
            var records: [CSVRecord] = []
            var start = 0
            while start < text.count {
                try parser.feed(text[start..<min(text.count, start + size)]) { records.append($0.record) }
                start += size
            }
            try parser.finish { records.append($0.record) }
            #expect(records == expected, "chunks of \(size)")
        }
    }

    @Test func rawRecordsStopAtTheFirstErrorWithItsLineAndColumn() {
        var parser = CSVParser()
        #expect(throws: CSVError(line: 2, column: 2, message: "quote inside an unquoted field")) {
            try parser.feed(Array("a,b\n1,x\"y\n".utf8)) { _ in }
        }
    }
}

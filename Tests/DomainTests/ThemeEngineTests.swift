import Domain
import Testing

@Suite struct ThemeEngineTests {
    static let corpus = [
        "I was transferred between departments three times before anyone helped",
        "Transferred between departments again, nobody owns the problem",
        "Got transferred between departments and lost an hour",
        "They asked for my account number again after the transfer",
        "Had to give my account number twice",
        "Why do you need the account number again? I just gave it",
        "The engineer was friendly and fixed the leak quickly",
        "Bill was higher than expected this quarter",
        "The app crashed when I tried to pay",
        "Friendly engineer, quick repair",
    ]

    static func themes(_ texts: [String], minimum: Int = 3) -> [Theme] {
        var counter = ThemeEngine.Counter()
        texts.forEach { counter.add($0) }
        return ThemeEngine(minimumSupport: minimum).themes(from: counter)
    }

    @Test func recurringPhrasesBecomeThemesNamedAsPeopleSayThem() {
        let names = Self.themes(Self.corpus).map(\.name)
        #expect(names.contains("transferred between departments"))
        #expect(names.contains("account number"))
        #expect(!names.contains("transferred between"), "a phrase inside a longer one covering the same items is not a theme of its own")
    }

    @Test func themesAreRankedSoTheSharpestPhraseComesFirst() throws {
        let first = try #require(Self.themes(Self.corpus).first)
        #expect(first.name == "transferred between departments")
        #expect(first.support == 3)
    }

    @Test func rarePhrasesAreNotThemes() {
        #expect(!Self.themes(Self.corpus).map(\.name).contains("app crashed"))
        #expect(Self.themes(Self.corpus, minimum: 1).map(\.name).contains("app crashed"))
    }

    @Test func newFeedbackIsAssignedOneItemAtATimeWithAReason() throws {
        let themes = Self.themes(Self.corpus)
        let theme = try #require(ThemeEngine.assign("Please stop asking for the ACCOUNT NUMBER on every call", to: themes))
        #expect(theme.name == "account number")
        #expect(theme.explanation == "mentions “account number”")
        #expect(ThemeEngine.assign("Lovely weather today", to: themes) == nil)
    }

    @Test func phrasesDoNotCrossPunctuationOrStopWords() {
        let words = TextTokens.contentWords("Account. Number of the bill")
        #expect(words == ["account", nil, "number", nil, "bill"])
        let themes = Self.themes(["account. number", "account. number", "account. number"])
        #expect(!themes.map(\.name).contains("account number"))
    }

    @Test func anEmptyCorpusHasNoThemes() {
        #expect(Self.themes([]).isEmpty)
        #expect(ThemeEngine.assign("anything", to: []) == nil)
    }

    @Test func themesAreDeterministic() {
        #expect(Self.themes(Self.corpus) == Self.themes(Self.corpus.reversed()))
    }
}

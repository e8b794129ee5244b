import Testing
@testable import Domain

/// The general review vocabulary (`SentimentWordsGeneral.swift`): products, books, films,
/// restaurants and apps, on top of the service language the lexicon was built for.
@Suite("Sentiment general vocabulary")
struct SentimentGeneralVocabularyTests {
    let analyzer = SentimentAnalyzer()

    @Test(arguments: [
        ("Flimsy and overpriced, a complete waste.", SentimentLabel.negative),
        ("Not worth the money.", .negative),
        ("Boring and predictable.", .negative),
        ("The handle cracked after two days and the lid leaked everywhere.", .negative),
        ("Bland, soggy and overcooked.", .negative),
        ("The plot was dull and the dialogue clichéd.", .negative),
        ("Glitchy, laggy app that freezes constantly.", .negative),
        ("Overrated and underwhelming.", .negative),
        ("Cheaply made knockoff, avoid.", .negative),
        ("A dumb, pointless movie.", .negative),
        ("Not acceptable.", .negative),
        ("Doesn't fit.", .negative),
        ("Gorgeous to look at but the story is tedious and forgettable.", .negative),
        ("A gripping, beautifully written story.", .positive),
        ("Sturdy, durable and a bargain at this price.", .positive),
        ("Delicious food and a cosy atmosphere.", .positive),
        ("Hilarious and heartwarming from start to finish.", .positive),
        ("The app is intuitive and snappy.", .positive),
        ("An absolute masterpiece.", .positive),
        ("Not flimsy at all, very sturdy.", .positive),
        ("The first half drags, but the ending is breathtaking.", .positive),
        ("The parcel came on Tuesday in a brown box.", .neutral),
    ])
    func labelsReview(text: String, expected: SentimentLabel) {
        let score = analyzer.score(text)
        #expect(score.label == expected, "\(text) → \(score.value) \(score.reasons)")
    }

    @Test func reasonsNameTheReviewWord() {
        #expect(analyzer.score("Flimsy.").reasons == ["“flimsy” (word, −2.2)"])
        #expect(analyzer.score("A masterpiece.").reasons == ["“masterpiece” (word, +3.5)"])
    }

    /// Every general word, alone, leans the way its valence says (or stays neutral when it matters
    /// only negated, like "fit"): catches a list that is not wired into the lexicon and a word
    /// shadowed by another list or a phrase.
    @Test func everyGeneralWordScoresAloneInItsDirection() {
        for (list, positive) in [
            (SentimentLexicon.generalPositiveWords, true), (SentimentLexicon.generalNegativeWords, false),
        ] {
            let words = Self.parse(list)
            #expect(words.count > 250)
            for (word, spec) in words {
                let valence = SentimentEntry(spec: Substring(spec))?.valence ?? .nan
                #expect(positive ? valence >= 0 : valence < 0, "\(word) (\(spec)) is in the wrong list")
                let expected: SentimentLabel = valence > 0 ? .positive : valence < 0 ? .negative : .neutral
                #expect(analyzer.score(word).label == expected, "\(word) (\(spec))")
            }
        }
    }

    /// A word listed twice would silently take the valence of whichever list is parsed last.
    @Test func noWordIsListedTwiceAcrossAllLists() {
        var seen: [String: String] = [:]
        var duplicates: [String] = []
        for list in SentimentLexicon.wordLists {
            for (word, spec) in Self.parse(list) {
                if let earlier = seen[word] { duplicates.append("\(word) (\(earlier) and \(spec))") }
                seen[word] = spec
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates)")
        #expect(seen.count > 1_800)
    }

    @Test func listsAreLowercaseAndWellFormed() {
        for list in SentimentLexicon.wordLists {
            for line in list.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard let spec = fields.first else { continue }
                #expect(SentimentEntry(spec: spec) != nil, "bad spec in “\(line)”")
                #expect(fields.count > 1, "no words in “\(line)”")
                for word in fields.dropFirst() {
                    #expect(word == word.lowercased(), "\(word) is not lowercase")
                }
            }
        }
    }

    /// (word, spec) for every word of a list in the "VALENCE word word …" format.
    static func parse(_ list: String) -> [(String, String)] {
        var words: [(String, String)] = []
        for line in list.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let spec = fields.first else { continue }
            for word in fields.dropFirst() { words.append((String(word), String(spec))) }
        }
        return words
    }
}

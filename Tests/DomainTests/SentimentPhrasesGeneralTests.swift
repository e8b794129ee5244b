import Testing
@testable import Domain

/// Review and social-media phrases (`SentimentPhrasesGeneral*.swift`), chat words
/// (`SentimentWordsSocial.swift`), stretched spellings and the extra emoticons.
@Suite("Sentiment general phrases and social media")
struct SentimentPhrasesGeneralTests {
    let analyzer = SentimentAnalyzer()

    func value(_ text: String) -> Double { analyzer.score(text).value }

    @Test(arguments: [
        ("Stopped working after a week.", SentimentLabel.negative),
        ("Fell apart after two washes.", .negative),
        ("Total piece of junk.", .negative),
        ("Save your money.", .negative),
        ("Don't waste your money on this.", .negative),
        ("Stay away from this seller.", .negative),
        ("Not impressed with the build.", .negative),
        ("Won't turn on anymore.", .negative),
        ("I'm not a big fan.", .negative),
        ("Two stars, the lid leaks.", .negative),
        ("We won't be back.", .negative),
        ("ugh, on hold again", .negative),
        ("fml, my phone died again =(", .negative),
        ("Works like a charm :)", .positive),
        ("So far so good.", .positive),
        ("Worth every penny.", .positive),
        ("Does exactly what it says on the tin.", .positive),
        ("I can't recommend them enough!", .positive),
        ("Couldn't ask for more.", .positive),
        ("You can't go wrong with this one.", .positive),
        ("Never disappoints.", .positive),
        ("A must have for any kitchen.", .positive),
        ("lol this is sooooo good", .positive),
        ("yaaay finally home ^_^", .positive),
        ("The engineer won't be back until Friday.", .neutral),
        ("The engineer said to turn on the boiler.", .neutral),
    ])
    func labelsPhrase(text: String, expected: SentimentLabel) {
        let score = analyzer.score(text)
        #expect(score.label == expected, "\(text) → \(score.value) \(score.reasons)")
    }

    @Test func negatedIdiomsArePraiseNotComplaints() {
        #expect(value("I can't recommend them highly enough") > value("I recommend them"))
        #expect(value("I cannot say enough good things about them") > 0)
        #expect(value("didn't disappoint") > 0)
        #expect(value("don't waste your time") < 0)
        #expect(value("I would never buy from them again") < 0)
        #expect(value("would buy again") > 0)
    }

    @Test func reasonsNameThePhrase() {
        #expect(analyzer.score("Stopped working.").reasons == ["“stopped working” (service phrase, −2.5)"])
        #expect(analyzer.score("Works like a charm").reasons == ["“like a charm” (service phrase, +2.8)"])
    }

    @Test func stretchedSpellingsScoreAsTheWord() {
        #expect(value("goooood") == value("good"))
        #expect(value("sooooo good") == value("so good"))
        #expect(value("cooool") == value("cool"))
        #expect(value("loool") == value("lol"))
        #expect(value("baaaad") == value("bad"))
        #expect(value("zzzzz") == 0)
        #expect(analyzer.score("goooood").reasons == ["“goooood” (word, +1.9)"])
        #expect(SentimentLexicon.squeezed("yaaaay", to: 2) == "yaay")
        #expect(SentimentLexicon.squeezed("yaaaay", to: 1) == "yay")
        #expect(SentimentLexicon.squeezed("coool 1000", to: 2) == "cool 1000")
    }

    @Test(arguments: [
        ("=)", SentimentLabel.positive), ("=D", .positive), ("^_^", .positive), ("^^", .positive),
        ("<333", .positive), ("=(", .negative), ("</3", .negative),
        ("x=(a+b)", .neutral), ("a==(b)", .neutral), ("under <30 minutes", .neutral),
    ])
    func moreEmoticons(text: String, expected: SentimentLabel) {
        #expect(analyzer.score(text).label == expected, "\(text) → \(value(text))")
    }

    /// Every review phrase and chat word, alone, leans the way its valence says: catches a list
    /// that is not wired into the lexicon and an entry shadowed by a longer phrase or another list.
    @Test func everyGeneralPhraseAndSocialWordScoresAloneInItsDirection() {
        var entries = Self.parsePhrases(SentimentLexicon.generalComplaintPhrases)
            + Self.parsePhrases(SentimentLexicon.generalPraisePhrases)
        #expect(entries.count > 120)
        let words = SentimentGeneralVocabularyTests.parse(SentimentLexicon.socialWords)
        #expect(words.count > 50)
        entries += words
        for (text, spec) in entries {
            let valence = SentimentEntry(spec: Substring(spec))?.valence ?? .nan
            let expected: SentimentLabel = valence > 0 ? .positive : valence < 0 ? .negative : .neutral
            #expect(analyzer.score(text).label == expected, "\(text) (\(spec))")
        }
    }

    /// Of two identical phrases only one could ever match, so each may be listed once in all.
    @Test func noPhraseIsListedTwiceAcrossAllLists() {
        var seen: [String: String] = [:]
        var duplicates: [String] = []
        for list in SentimentLexicon.phraseLists {
            for (phrase, spec) in Self.parsePhrases(list) {
                if let earlier = seen[phrase] { duplicates.append("\(phrase) (\(earlier) and \(spec))") }
                seen[phrase] = spec
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates)")
        #expect(seen.count > 400)
    }

    @Test func phraseListsAreLowercaseAndWellFormed() {
        for list in SentimentLexicon.phraseLists {
            for line in list.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard let spec = fields.first else { continue }
                #expect(SentimentEntry(spec: spec) != nil, "bad spec in “\(line)”")
                #expect(fields.count >= 2, "no words after the valence: “\(line)”")
                for word in fields.dropFirst() {
                    #expect(word == word.lowercased(), "\(word) is not lowercase")
                }
            }
        }
    }

    /// (phrase, spec) for every line of a phrase list.
    static func parsePhrases(_ list: String) -> [(String, String)] {
        list.split(separator: "\n").compactMap { line -> (String, String)? in
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { return nil }
            return (fields.dropFirst().joined(separator: " "), String(fields[0]))
        }
    }
}

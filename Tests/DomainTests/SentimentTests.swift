import Testing
import Domain

@Suite("Sentiment rules")
struct SentimentTests {
    let analyzer = SentimentAnalyzer()

    func value(_ text: String) -> Double { analyzer.score(text).value }

    @Test func emptyAndSymbolOnlyTextIsNeutralZero() {
        for text in ["", "   ", "...!!!", "12345", "—"] {
            #expect(analyzer.score(text) == SentimentScore(value: 0, label: .neutral, reasons: []), "\(text)")
        }
    }

    @Test func intensifiersOrderScores() {
        #expect(value("very good") > value("good"))
        #expect(value("good") > value("slightly good"))
        #expect(value("slightly good") > 0)
        #expect(value("extremely slow") < value("slow"))
        #expect(value("slow") < value("a bit slow"))
        #expect(value("a bit slow") < 0)
    }

    @Test(arguments: [
        ("not helpful", SentimentLabel.negative),
        ("The staff were not helpful at all", .negative),
        ("never helpful", .negative),
        ("It isn't working", .negative),
        ("it isnt working", .negative),
        ("The engineer didn’t turn up", .negative),
        ("no problems", .positive),
        ("without any issues", .positive),
        ("No, the engineer was great", .positive),
    ])
    func negation(text: String, expected: SentimentLabel) {
        #expect(analyzer.score(text).label == expected, "\(text) → \(value(text))")
    }

    @Test func notBadIsFaintPraiseNotARave() {
        #expect(value("not bad") >= 0)
        #expect(value("not bad") < value("good"))
        #expect(value("not good") < 0)
    }

    @Test(arguments: [
        ("the engineer was friendly but I waited three weeks", SentimentLabel.negative),
        ("the wait was long but the engineer was excellent", .positive),
        ("Although the engineer was friendly, I waited three weeks.", .negative),
        ("Great service despite the delay", .positive),
        ("Slow to answer, however they sorted it out", .positive),
    ])
    func contrastFavoursTheMainClause(text: String, expected: SentimentLabel) {
        #expect(analyzer.score(text).label == expected, "\(text) → \(value(text))")
    }

    @Test(arguments: [
        ("I was on hold for 40 minutes and transferred again", "transferred again"),
        ("I was on hold for 40 minutes and transferred again", "on hold"),
        ("they sorted it out the same day", "sorted it out"),
        ("I am still waiting for my refund", "still waiting"),
        ("Nobody called back", "nobody called back"),
        ("I had to repeat myself three times", "repeat myself"),
        ("the engineer was friendly but I waited three weeks", "waited three weeks"),
        ("The advisor went above and beyond", "went above and beyond"),
        ("not helpful", "not helpful"),
        ("👍", "👍"),
    ])
    func reasonsNameTheDecisivePhrase(text: String, fragment: String) {
        let reasons = analyzer.score(text).reasons
        #expect(reasons.contains { $0.contains(fragment) }, "\(reasons)")
    }

    @Test func reasonReadsAsPhraseKindAndValue() {
        #expect(analyzer.score("still waiting").reasons == ["“still waiting” (service phrase, −2.5)"])
        #expect(analyzer.score("customer service").reasons.isEmpty)
        let contrast = analyzer.score("the engineer was friendly but I waited three weeks").reasons
        #expect(contrast.count == 2)
        #expect(contrast.last?.contains("friendly") == true)
    }

    @Test func servicePhrasesOutweighTheirWords() {
        #expect(analyzer.score("I was on hold for 40 minutes and transferred again").value < -0.5)
        #expect(analyzer.score("they sorted it out the same day").value > 0.5)
        #expect(analyzer.score("no one called back").value < analyzer.score("no one was rude").value)
        #expect(value("I didn't have to repeat myself") > 0)
    }

    @Test func exclamationMarksAmplifyUpToACap() {
        #expect(value("good!") > value("good"))
        #expect(value("good!!!") > value("good!"))
        #expect(value("good!!!!!!!") == value("good!!!"))
        #expect(value("bad!!") < value("bad"))
        #expect(value("the meter was read!!!") == 0)
    }

    @Test func capitalsEmphasiseOnlyWhenNotShoutingThroughout() {
        #expect(value("The engineer was GREAT") > value("The engineer was great"))
        #expect(value("The advisor was RUDE") < value("The advisor was rude"))
        #expect(value("THE ENGINEER WAS GREAT") == value("the engineer was great"))
    }

    @Test(arguments: ["Great Service", "GREAT SERVICE", "great service", "gReAt SeRvIcE"])
    func caseDoesNotMatter(text: String) {
        #expect(value(text) == value("great service"))
    }

    @Test func punctuationSeparatesWordsWithoutHidingThem() {
        #expect(value("(helpful)") == value("helpful"))
        #expect(value("\"helpful\"...") == value("helpful"))
        #expect(value("helpful?!") > 0)
        #expect(value("helpful,friendly") == value("helpful friendly"))
        #expect(value("follow-up was quick") > 0)
        #expect(value("It didn’t work") == value("It didn't work"))
    }

    @Test(arguments: [
        ("👍", SentimentLabel.positive), ("😀", .positive), ("🙂", .positive), ("😊", .positive), ("❤️", .positive),
        (":)", .positive), (":-)", .positive), (":D", .positive), ("thanks!! :)))", .positive), ("<3", .positive),
        ("😡", .negative), ("😠", .negative), ("😞", .negative), ("😢", .negative), ("👎", .negative),
        ("🙁", .negative), (":(", .negative), (":-(", .negative), (":'(", .negative), ("🤦‍♂️", .negative),
        ("at 10:30 on Monday", .neutral), ("see http://example.com/a:b", .neutral), ("Note:Done", .neutral),
    ])
    func emojiAndEmoticons(text: String, expected: SentimentLabel) {
        #expect(analyzer.score(text).label == expected, "\(text) → \(value(text))")
    }

    @Test func valueStaysWithinBoundsAndLabelsFollowThresholds() {
        let rant = String(repeating: "terrible awful useless 😡 ", count: 200)
        #expect(value(rant) >= -1 && value(rant) < -0.99)
        #expect(SentimentLabel(value: 0.05) == .positive)
        #expect(SentimentLabel(value: 0.049) == .neutral)
        #expect(SentimentLabel(value: -0.05) == .negative)
    }

    @Test func nonLatinTextIsToleratedAndNeutral() {
        #expect(analyzer.score("日本語のコメント").label == .neutral)
        #expect(analyzer.score("Café was great").label == .positive)
    }
}

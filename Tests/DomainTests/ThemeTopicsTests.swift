@testable import Domain
import Testing

/// Themes name topics a person would file feedback under: markup and stray pieces of tokens are no
/// words, a bare feeling is no topic, and a smaller topic is not crowded out by a larger one's phrases.
@Suite struct ThemeTopicsTests {
    static func themes(_ texts: [String], minimum: Int = 3, maximum: Int = 40) -> [String] {
        var counter = ThemeEngine.Counter()
        texts.forEach { counter.add($0) }
        let engine = ThemeEngine(minimumSupport: minimum, maximumThemes: maximum)
        var coverage = ThemeCoverage(candidates: engine.themes(from: counter, limit: 400))
        texts.forEach { coverage.add($0) }
        return coverage.select(maximum: maximum, minimumSupport: minimum).map(\.name)
    }

    static let reviews = (1...12).map { "The dog food \(["arrived", "tasted", "smelled"][$0 % 3]) fine.<br /><br />My dog loves it &amp; eats it all, it's \"great\" stuff #\($0)" }
        + (1...8).map { "''Good'' green tea, I ''like'' the taste &#39;s <BR>and the price \($0)" }

    @Test func markupAndStrayTokensAreNoThemes() {
        let names = Self.themes(Self.reviews)
        for stray in ["br", "amp", "39", "''", "'s", "s", "quot"] {
            #expect(!names.contains { $0.split(separator: " ").contains(Substring(stray)) }, "“\(stray)” in \(names)")
        }
        #expect(names.contains("dog food") && names.contains("green tea"), "\(names)")
    }

    @Test(arguments: ["good", "great", "like", "love", "took", "back", "first", "twice", "really good", "first time"])
    func aBareFeelingOrAWordForAnythingIsNoTheme(_ phrase: String) {
        let texts = (1...10).map { "\(phrase.capitalized), number \($0) of many" } + (1...10).map { "Parking \(phrase) again \($0)" }
        let names = Self.themes(texts)
        #expect(!names.contains(phrase), "\(names)")
        #expect(names.contains { $0.contains("parking") }, "\(names)")
    }

    @Test func aSmallTopicIsNotCrowdedOutByALargeOnesPhrases() {
        let faults = (1...200).map { "Leak line on hold, transferred between departments, asked for my account number, engineer never came \($0)" }
        let parking = (1...30).map { "Parking is full again \($0)" }
        let names = Self.themes(faults + parking, maximum: 3)
        #expect(names.contains { "parking is full again".contains($0) }, "a theme for the parking comments: \(names)")
    }

    @Test(arguments: ["Fine<br/>service", "Fine&nbsp;service", "dogs' bowls", "'quoted' words", "AT&amp;T line"])
    func theASCIIWalkAndTheUnicodeWalkAgree(_ text: String) {
        var ascii: [String] = []
        var copy = text
        copy.withUTF8 { ThemeWords.forEach($0) { hash, bytes in ascii.append(hash == ThemeWords.breakMark ? "|" : String(decoding: bytes, as: UTF8.self).lowercased()) } }
        let unicode = TextTokens.contentWords(text).map { $0.map(String.init) ?? "|" }
        #expect(ascii.filter { $0 != "|" } == unicode.filter { $0 != "|" }, "\(ascii) vs \(unicode)")
        #expect(copy.withUTF8 { MatchTerms.asciiTerms($0) } == MatchTerms.unicodeTerms(text))
    }
}

extension ThemeTopicsTests {
    @Test func markupBesideOtherScriptsIsSkippedWithoutSplittingACharacter() {
        let words = TextTokens.contentWords("Très bien — <br/>Kundenservice &amp; Rückruf").compactMap { $0.map(String.init) }
        #expect(words == ["très", "bien", "kundenservice", "rückruf"])
    }
}

/// One unit of a comment as the sentiment rules see it.
struct SentimentToken: Sendable {
    enum Kind: UInt8, Sendable {
        /// A lowercased word, e.g. "didn't".
        case word
        /// Digits, e.g. "40" or "1.5"; phrases such as "waited # weeks" match any number.
        case number
        /// An emoji or emoticon, which carries its own valence.
        case symbol
        /// A comma, bracket or dash: ends negation and phrases, not the sentence.
        case pause
        /// A full stop, question or exclamation mark, or line break.
        case stop
    }

    var kind: Kind
    /// `ByteHash` of the word lowercased (0 for marks and symbols), for lexicon lookups.
    var key: UInt64 = 0
    /// Where the word lowercased, or the symbol as written, sits in `SentimentScan.text`.
    var start: Int32 = 0, end: Int32 = 0
    /// Written in capitals: two or more letters and none lower case.
    var shouted = false
    /// Ends in "n't", so it negates what follows even when the lexicon does not list it.
    var negates = false
    /// Holds a run of three or more of one letter ("goooood"), so the lexicon also tries it squeezed.
    var stretched = false
    var valence = 0.0
    var isEmoticon = false
}

/// The tokens of one comment plus the counts the rules need about the whole text.
struct SentimentScan {
    var tokens: [SentimentToken] = []
    /// The tokens' text, one after another.
    var text: [UInt8] = []
    var exclamations = 0
    /// Words of two or more letters, and how many of them were written in capitals.
    var words = 0
    var shoutedWords = 0

    /// Capitals stress a word only when the writer did not simply type everything in capitals.
    var capitalsEmphasise: Bool { shoutedWords > 0 && shoutedWords < words }

    /// Splits text in one pass over its UTF-8 bytes: no regular expressions, no Foundation, and
    /// ASCII lowercased by bit-twiddling, because this runs over millions of comments.
    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        var scan = SentimentScan()
        scan.tokens.reserveCapacity(24)
        // Lowercasing never lengthens a word and symbols are copied as written, so the text fits in the input's size.
        let text = [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, written in
            var scanner = SentimentScanner(bytes: utf8, out: buffer)
            scanner.run(into: &scan)
            written = scanner.written
        }
        self = scan
        self.text = text
    }

    private init() {}

    func text(of token: SentimentToken) -> String {
        String(decoding: text[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// The token's bytes, for the lexicon's spelling fallbacks.
    func bytes(of token: SentimentToken) -> ArraySlice<UInt8> {
        text[Int(token.start)..<Int(token.end)]
    }

}

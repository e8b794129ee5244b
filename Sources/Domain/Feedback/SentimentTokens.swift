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
    /// The word lowercased, or the symbol as written.
    var text: String
    /// Written in capitals: two or more letters and none lower case.
    var shouted = false
    /// Ends in "n't", so it negates what follows even when the lexicon does not list it.
    var negates = false
    var valence = 0.0
    var isEmoticon = false

    var asEmoticon: SentimentToken {
        var token = self
        token.isEmoticon = true
        return token
    }
}

/// The tokens of one comment plus the counts the rules need about the whole text.
struct SentimentScan {
    var tokens: [SentimentToken] = []
    var exclamations = 0
    /// Words of two or more letters, and how many of them were written in capitals.
    var words = 0
    var shoutedWords = 0

    /// Capitals stress a word only when the writer did not simply type everything in capitals.
    var capitalsEmphasise: Bool { shoutedWords > 0 && shoutedWords < words }

    /// Splits text in one pass over its UTF-8 bytes: no regular expressions, no Foundation, and
    /// ASCII lowercased by bit-twiddling, because this runs over millions of comments.
    init(_ text: String) {
        var text = text
        tokens.reserveCapacity(24)
        text.withUTF8 { bytes in
            var scanner = SentimentScanner(bytes: bytes)
            scanner.run(into: &self)
        }
    }
}

private struct SentimentScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var word: [UInt8] = []
    var letters = 0
    var sawLower = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        word.reserveCapacity(32)
    }

    mutating func run(into scan: inout SentimentScan) {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x80 {
                i = nonASCII(at: i, into: &scan)
                continue
            }
            switch byte {
            case 0x61...0x7A: letter(byte, lower: true)                 // a–z
            case 0x41...0x5A: letter(byte | 0x20, lower: false)         // A–Z, lowercased
            case 0x30...0x39: word.append(byte)                         // 0–9
            case 0x27: joinOrSplit(next: i + 1, into: &scan)            // '
            case 0x2E where letters == 0 && !word.isEmpty && isDigit(i + 1): word.append(byte)  // 1.5
            case 0x21:                                                  // !
                scan.exclamations += 1
                boundary(.stop, into: &scan)
            case 0x2E, 0x3F, 0x0A, 0x0D: boundary(.stop, into: &scan)   // . ? line breaks
            case 0x3A, 0x3B, 0x3C, 0x3D, 0x5E:                          // : ; < = ^ may start a face
                if let face = SentimentSymbols.emoticon(in: bytes, at: i) {
                    flush(into: &scan)
                    let token = SentimentToken(kind: .symbol, text: text(i..<i + face.length), valence: face.valence)
                    scan.tokens.append(token.asEmoticon)
                    i += face.length
                    continue
                }
                switch byte {
                case 0x3C: boundary(.pause, into: &scan)
                case 0x3A, 0x3B: boundary(.stop, into: &scan)
                default: flush(into: &scan)                             // = ^ are otherwise spaces
                }
            case 0x2C, 0x28, 0x29: boundary(.pause, into: &scan)        // , ( )
            default: flush(into: &scan)                                 // spaces, hyphens, slashes…
            }
            i += 1
        }
        flush(into: &scan)
    }

    private mutating func letter(_ byte: UInt8, lower: Bool) {
        word.append(byte)
        letters += 1
        if lower { sawLower = true }
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func isDigit(_ index: Int) -> Bool {
        index < bytes.count && (0x30...0x39).contains(bytes[index])
    }

    /// An apostrophe between letters belongs to the word ("didn't"); elsewhere it is a quote mark.
    private mutating func joinOrSplit(next: Int, into scan: inout SentimentScan) {
        let letterFollows = next < bytes.count && (bytes[next] | 0x20) >= 0x61 && (bytes[next] | 0x20) <= 0x7A
        if letters > 0 && letterFollows { word.append(0x27) } else { flush(into: &scan) }
    }

    /// Decodes one multi-byte scalar and returns the index after it.
    private mutating func nonASCII(at i: Int, into scan: inout SentimentScan) -> Int {
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return i + 1 }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        switch value {
        case 0x2018, 0x2019, 0x02BC: joinOrSplit(next: i + length, into: &scan)
        case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF: break  // emoji presentation, joiners, skin tones
        case 0x2026: boundary(.stop, into: &scan)
        case 0x2013, 0x2014: boundary(.pause, into: &scan)
        default:
            if let valence = SentimentSymbols.emoji[value] {
                flush(into: &scan)
                scan.tokens.append(SentimentToken(kind: .symbol, text: text(i..<i + length), valence: valence))
            } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                // Latin-1 capitals (À–Þ) lowercase by one bit; other scripts are kept as written.
                let upper = length == 2 && value >= 0xC0 && value <= 0xDE && value != 0xD7
                word.append(lead)
                for k in 1..<length { word.append(upper && k == 1 ? bytes[i + k] | 0x20 : bytes[i + k]) }
                letters += 1
                if !upper { sawLower = true }
            } else {
                flush(into: &scan)
            }
        }
        return i + length
    }

    private mutating func boundary(_ kind: SentimentToken.Kind, into scan: inout SentimentScan) {
        flush(into: &scan)
        guard let last = scan.tokens.last, last.kind == .pause || last.kind == .stop else {
            scan.tokens.append(SentimentToken(kind: kind, text: ""))
            return
        }
        if kind == .stop { scan.tokens[scan.tokens.count - 1].kind = .stop }
    }

    private mutating func flush(into scan: inout SentimentScan) {
        guard !word.isEmpty else { return }
        var token = SentimentToken(kind: letters == 0 ? .number : .word, text: String(decoding: word, as: UTF8.self))
        if letters >= 2 {
            scan.words += 1
            if !sawLower {
                token.shouted = true
                scan.shoutedWords += 1
            }
        }
        let count = word.count
        token.negates = count >= 3 && word[count - 3] == 0x6E && word[count - 2] == 0x27 && word[count - 1] == 0x74
        scan.tokens.append(token)
        word.removeAll(keepingCapacity: true)
        letters = 0
        sawLower = false
    }
}

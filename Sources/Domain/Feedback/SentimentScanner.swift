/// Reads a comment's UTF-8 into `SentimentScan` tokens; see `SentimentScan.init`.
struct SentimentScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the tokens' text is written, lowercased, and how much of it so far.
    let out: UnsafeMutableBufferPointer<UInt8>
    var written = 0
    /// The word being read starts here in `out`, and hashes to `hash` so far.
    var wordStart = 0
    var wordLength = 0
    var hash = ByteHash.start
    /// The word's last byte, how many times in a row it came, and whether a letter came three times.
    var previous: UInt8 = 0, run = 0, stretched = false
    var letters = 0
    var sawLower = false

    init(bytes: UnsafeBufferPointer<UInt8>, out: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
        self.out = out
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
            case 0x61...0x7A: letter(byte, lower: true, into: &scan)    // a–z
            case 0x41...0x5A: letter(byte | 0x20, lower: false, into: &scan)  // A–Z, lowercased
            case 0x30...0x39: add(byte, into: &scan)                    // 0–9
            case 0x27: joinOrSplit(next: i + 1, into: &scan)            // '
            case 0x2E where letters == 0 && wordLength > 0 && isDigit(i + 1): add(byte, into: &scan)  // 1.5
            case 0x21:                                                  // !
                scan.exclamations += 1
                boundary(.stop, into: &scan)
            case 0x2E, 0x3F, 0x0A, 0x0D: boundary(.stop, into: &scan)   // . ? line breaks
            case 0x3A, 0x3B, 0x3C, 0x3D, 0x5E:                          // : ; < = ^ may start a face
                if let face = SentimentSymbols.emoticon(in: bytes, at: i) {
                    flush(into: &scan)
                    symbol(i..<i + face.length, valence: face.valence, emoticon: true, into: &scan)
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

    @inline(__always) private mutating func add(_ byte: UInt8, into scan: inout SentimentScan) {
        guard written < out.count else { return }
        if wordLength == 0 {
            wordStart = written
            run = 0
            hash = ByteHash.start
        }
        out[written] = byte
        written += 1
        hash = ByteHash.adding(hash, byte)
        wordLength += 1
        run = byte == previous && run > 0 ? run + 1 : 1
        previous = byte
        if run == 3 && byte >= 0x61 && byte <= 0x7A { stretched = true }
    }

    @inline(__always) private mutating func letter(_ byte: UInt8, lower: Bool, into scan: inout SentimentScan) {
        add(byte, into: &scan)
        letters += 1
        if lower { sawLower = true }
    }

    /// An emoji or emoticon token, its bytes copied as written.
    private mutating func symbol(_ range: Range<Int>, valence: Double, emoticon: Bool = false, into scan: inout SentimentScan) {
        let start = written
        for index in range where written < out.count {
            out[written] = bytes[index]
            written += 1
        }
        scan.tokens.append(SentimentToken(kind: .symbol, start: Int32(start), end: Int32(written), valence: valence, isEmoticon: emoticon))
    }

    private func isDigit(_ index: Int) -> Bool {
        index < bytes.count && (0x30...0x39).contains(bytes[index])
    }

    /// An apostrophe between letters belongs to the word ("didn't"); elsewhere it is a quote mark.
    private mutating func joinOrSplit(next: Int, into scan: inout SentimentScan) {
        let letterFollows = next < bytes.count && (bytes[next] | 0x20) >= 0x61 && (bytes[next] | 0x20) <= 0x7A
        if letters > 0 && letterFollows { add(0x27, into: &scan) } else { flush(into: &scan) }
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
                symbol(i..<i + length, valence: valence, into: &scan)
            } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                // Latin-1 capitals (À–Þ) lowercase by one bit; other scripts are kept as written.
                let upper = length == 2 && value >= 0xC0 && value <= 0xDE && value != 0xD7
                add(lead, into: &scan)
                for k in 1..<length { add(upper && k == 1 ? bytes[i + k] | 0x20 : bytes[i + k], into: &scan) }
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
            let here = Int32(written)
            scan.tokens.append(SentimentToken(kind: kind, start: here, end: here))
            return
        }
        if kind == .stop { scan.tokens[scan.tokens.count - 1].kind = .stop }
    }

    private mutating func flush(into scan: inout SentimentScan) {
        guard wordLength > 0 else { return }
        let end = wordStart + wordLength
        var token = SentimentToken(kind: letters == 0 ? .number : .word, key: ByteHash.finished(hash), start: Int32(wordStart), end: Int32(end))
        if letters >= 2 {
            scan.words += 1
            if !sawLower {
                token.shouted = true
                scan.shoutedWords += 1
            }
        }
        token.negates = wordLength >= 3 && out[end - 3] == 0x6E && out[end - 2] == 0x27 && out[end - 1] == 0x74
        token.stretched = stretched
        scan.tokens.append(token)
        wordLength = 0
        stretched = false
        letters = 0
        sawLower = false
    }
}

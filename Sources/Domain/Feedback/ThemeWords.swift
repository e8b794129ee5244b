/// The content words of a text as `ByteHash` values, in order, the way `TextTokens.contentWords`
/// finds them. ASCII text, most feedback, is walked byte by byte without building a String;
/// anything else goes through `TextTokens` so Unicode lowercasing and letters stay exact.
enum ThemeWords {
    /// Marks where a stop word or punctuation broke the sentence, so no phrase spans it.
    static let breakMark: UInt64 = 0

    /// Hashes of `TextTokens.stopWords`.
    static let stopHashes: HashSlots<Bool> = {
        var table = HashSlots(capacity: TextTokens.stopWords.count, empty: false)
        for word in TextTokens.stopWords { table.set(ByteHash.of(word.utf8), true) }
        return table
    }()

    /// Calls `body` with each content word's hash and its bytes (lowercased, or as written when the
    /// text is ASCII: lowercase them before showing), or with `breakMark` and no bytes.
    @inline(__always)
    static func forEach(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
        guard utf8.isASCII else { return forEachUnicode(utf8, body) }
        asciiWordBytes.withUnsafeBufferPointer { kinds in
            isSpace.withUnsafeBufferPointer { isSpace in walkASCII(utf8, kinds: kinds, isSpace: isSpace, body) }
        }
    }

    @inline(__always)
    private static func walkASCII(_ utf8: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>, isSpace: UnsafeBufferPointer<Bool>,
                                  _ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
        let stops = stopHashes
        let apostrophe = UInt8(ascii: "'")
        // The word being read: where it starts, and its hash and end without the apostrophes that trail it ("dogs'").
        var hash = ByteHash.start, start = -1, kept = ByteHash.start, keptEnd = -1
        var index = 0
        func flush() {
            let length = keptEnd - start
            let word = ByteHash.finished(kept)
            if length >= 2 && stops[word] == nil {
                body(word, UnsafeBufferPointer(rebasing: utf8[start..<keptEnd]))
            } else {
                body(breakMark, UnsafeBufferPointer(start: nil, count: 0))
            }
            start = -1
        }
        while index < utf8.count {
            let byte = utf8[index]
            let kind = kinds[Int(byte)]
            if kind == apostrophe, start < 0 {
                // A leading apostrophe is a quotation mark: "''" or "'s" alone are not words.
            } else if kind != 0 {
                if start < 0 { (start, hash) = (index, ByteHash.start) }
                hash = ByteHash.adding(hash, kind)
                if kind != apostrophe { (kept, keptEnd) = (hash, index + 1) }
            } else {
                if start >= 0 { flush() }
                let markup = byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") ? TextMarkup.length(at: index, in: utf8) : 0
                if markup > 0 {
                    body(breakMark, UnsafeBufferPointer(start: nil, count: 0))
                    index += markup
                    continue
                }
                if !isSpace[Int(byte)] { body(breakMark, UnsafeBufferPointer(start: nil, count: 0)) }
            }
            index += 1
        }
        if start >= 0 { flush() }
    }

    /// Calls `body` with every run of one to three adjacent content words: its key (the word's hash, or
    /// `ByteHash.combined` over the words), its words (0 where it has fewer), and for a single word its bytes.
    @inline(__always)
    static func forEachPhrase(_ utf8: UnsafeBufferPointer<UInt8>,
                              _ body: (UInt64, (UInt64, UInt64, UInt64), UnsafeBufferPointer<UInt8>) -> Void) {
        // The last word, the one before it, and the key of those two: the start of the next three-word phrase.
        var previous: UInt64 = 0, beforeThat: UInt64 = 0, lastPair: UInt64 = 0
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        forEach(utf8) { word, bytes in
            guard word != breakMark else {
                previous = 0
                beforeThat = 0
                return
            }
            body(word, (word, 0, 0), bytes)
            var pair: UInt64 = 0
            if previous != 0 {
                pair = ByteHash.combined(previous, word)
                body(pair, (previous, word, 0), none)
                if beforeThat != 0 { body(ByteHash.combined(lastPair, word), (beforeThat, previous, word), none) }
            }
            beforeThat = previous
            previous = word
            lastPair = pair
        }
    }

    /// The key `forEachPhrase` gives the phrase made of these words, in order.
    static func key(of words: [String]) -> UInt64 {
        let hashes = words.map { ByteHash.of($0.utf8) }
        return hashes.dropFirst().reduce(hashes[0], ByteHash.combined)
    }

    private static func forEachUnicode(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
        let words = TextTokens.contentWords(String(decoding: utf8, as: UTF8.self))
        for word in words {
            guard let word else {
                body(breakMark, UnsafeBufferPointer(start: nil, count: 0))
                continue
            }
            var text = String(word)
            text.withUTF8 { bytes in body(ByteHash.of(bytes), bytes) }
        }
    }

    /// For each ASCII byte: its lowercase form when it belongs to a word, else 0.
    static let asciiWordBytes: [UInt8] = (0..<128).map { code in
        guard TextTokens.asciiKinds[code] == .word else { return 0 }
        return (0x41...0x5A).contains(code) ? UInt8(code) | 0x20 : UInt8(code)
    }

    static let isSpace: [Bool] = (0..<128).map { TextTokens.asciiKinds[$0] == .space }
}

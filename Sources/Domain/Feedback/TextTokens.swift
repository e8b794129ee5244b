/// Words of feedback text, lowercased, with the small words that carry no theme left out.
public enum TextTokens {
    /// Content words in order; `nil` marks where a stop word or punctuation broke the sentence,
    /// so phrases are not formed across it.
    public static func contentWords(_ text: String) -> [Substring?] {
        var result: [Substring?] = []
        forEachToken(text.lowercased()) { token in
            switch token {
            case .word(let word, isContent: true): result.append(word)
            case .word(_, isContent: false): if result.last != .some(nil) { result.append(nil) }
            case .mark: if result.last != .some(nil) && !result.isEmpty { result.append(nil) }
            }
        }
        return result
    }

    /// A word of already-lowercased text, and whether it can carry a theme (not a stop word, not a lone character);
    /// or punctuation that breaks a phrase.
    public enum Token {
        case word(Substring, isContent: Bool)
        case mark
    }

    /// Every word and phrase break of `lowered`, in order. Markup (`<br />`, `&amp;`) breaks like punctuation;
    /// apostrophes that lead or trail a word are quotation marks, not part of it.
    public static func forEachToken(_ lowered: String, _ body: (Token) -> Void) {
        let bytes = lowered.utf8, flat = bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: "&")) ? Array(bytes) : []
        let hasMarkup = !flat.isEmpty
        var start: String.Index?
        var index = bytes.startIndex
        // Walks bytes rather than Characters: every theme and every import row passes through here.
        func flush(_ end: String.Index) {
            guard let begin = start else { return }
            start = nil
            var word = lowered[begin..<end]
            while word.last == "'" { word = word.dropLast() }
            guard !word.isEmpty else { return body(.mark) }
            body(.word(word, isContent: !(stopWords.contains(word) || word.utf8.count < 2 || (word.utf8.count < 8 && word.count < 2))))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let kind: ByteKind
            var next = bytes.index(after: index)
            if byte < 0x80 {
                kind = Self.asciiKinds[Int(byte)]
            } else {
                let scalar = lowered.unicodeScalars[index]
                next = lowered.unicodeScalars.index(after: index)
                kind = Self.kind(of: scalar)
            }
            switch kind {
            case .word where start == nil && byte == UInt8(ascii: "'"): break
            case .word: if start == nil { start = index }
            case .space: flush(index)
            case .mark:
                flush(index)
                body(.mark)
                let markup = hasMarkup && byte < 0x80 ? TextMarkup.length(at: bytes.distance(from: bytes.startIndex, to: index), in: flat) : 0
                if markup > 0 { next = bytes.index(index, offsetBy: markup) }
            }
            index = next
        }
        flush(lowered.endIndex)
    }

    enum ByteKind { case word, space, mark }

    /// Letters, digits and the apostrophe make words; whitespace separates them; anything else also breaks a phrase.
    static let asciiKinds: [ByteKind] = (0..<128).map { code in
        let character = Character(Unicode.Scalar(UInt8(code)))
        if character.isLetter || character.isNumber || character == "'" { return .word }
        return character.isWhitespace ? .space : .mark
    }

    /// Beyond ASCII, by the scalar's properties; combining marks stay inside the word they accent.
    static func kind(of scalar: Unicode.Scalar) -> ByteKind {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return .word }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .word
        default: return properties.isWhitespace ? .space : .mark
        }
    }

    /// Words too common to name a theme.
    static let stopWords: Set<Substring> = [
        "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "i", "i'm", "i've",
        "i'd", "me", "my", "we", "our", "us", "you", "your", "they", "them", "their", "he", "she", "his", "her", "have", "has",
        "had", "do", "does", "did", "not", "no", "very", "really", "just", "also", "too", "then", "than", "there", "here",
        "when", "what", "which", "who", "would", "could", "should", "can", "will", "about", "after", "before", "all", "any",
        "some", "more", "most", "up", "out", "into", "over", "again", "still", "get", "got", "one", "two", "even", "much",
        "every", "only", "because", "while", "though", "although", "am", "im", "ive", "dont", "don't", "didn't", "didnt",
        "wasn't", "isn't", "it’s", "i’m", "don’t", "didn’t", "much", "many", "other", "such", "same", "own", "how", "why",
        "where", "each", "both", "few", "off", "once", "now", "well",
    ]
}

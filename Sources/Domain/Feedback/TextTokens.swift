/// Words of feedback text, lowercased, with the small words that carry no theme left out.
public enum TextTokens {
    /// Content words in order; `nil` marks where a stop word or punctuation broke the sentence,
    /// so phrases are not formed across it.
    public static func contentWords(_ text: String) -> [Substring?] {
        var result: [Substring?] = []
        let lowered = text.lowercased()
        let bytes = lowered.utf8
        var start: String.Index?
        var index = bytes.startIndex
        // Walks bytes rather than Characters: every theme and every import row passes through here.
        func flush(_ end: String.Index, broke: Bool) {
            if let begin = start {
                let word = lowered[begin..<end]
                if stopWords.contains(word) || word.utf8.count < 2 || (word.utf8.count < 8 && word.count < 2) {
                    if result.last != .some(nil) { result.append(nil) }
                } else {
                    result.append(word)
                }
                start = nil
            }
            if broke && result.last != .some(nil) && !result.isEmpty { result.append(nil) }
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
            case .word: if start == nil { start = index }
            case .space: flush(index, broke: false)
            case .mark: flush(index, broke: true)
            }
            index = next
        }
        flush(lowered.endIndex, broke: false)
        return result
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

/// Words of feedback text, lowercased, with the small words that carry no theme left out.
public enum TextTokens {
    /// Content words in order; `nil` marks where a stop word or punctuation broke the sentence,
    /// so phrases are not formed across it.
    public static func contentWords(_ text: String) -> [Substring?] {
        var result: [Substring?] = []
        let lowered = text.lowercased()
        var start: String.Index?
        var index = lowered.startIndex
        func flush(_ end: String.Index, broke: Bool) {
            if let begin = start {
                let word = lowered[begin..<end]
                if stopWords.contains(word) || word.count < 2 {
                    if result.last != .some(nil) { result.append(nil) }
                } else {
                    result.append(word)
                }
                start = nil
            }
            if broke && result.last != .some(nil) && !result.isEmpty { result.append(nil) }
        }
        while index < lowered.endIndex {
            let character = lowered[index]
            if character.isLetter || character.isNumber || character == "'" {
                if start == nil { start = index }
            } else {
                flush(index, broke: !character.isWhitespace)
            }
            index = lowered.index(after: index)
        }
        flush(lowered.endIndex, broke: false)
        return result
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

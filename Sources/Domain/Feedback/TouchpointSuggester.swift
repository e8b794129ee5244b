import Foundation

/// Suggests the touchpoint a piece of feedback is about, from the words the journey itself uses
/// for its touchpoints. A suggestion is only a proposal: a person confirms it.
public struct TouchpointSuggester: Sendable {
    public struct Candidate: Sendable {
        public let id: UUID
        public let name: String
        public let description: String

        public init(id: UUID, name: String, description: String = "") {
            self.id = id
            self.name = name
            self.description = description
        }
    }

    public struct Suggestion: Sendable, Equatable {
        public let touchpointID: UUID
        public let name: String
        /// The words shared with the touchpoint, to show why it was suggested.
        public let sharedWords: [String]
        public let score: Double
    }

    let candidates: [(Candidate, name: Set<String>, description: Set<String>)]
    let rarity: [String: Double]

    public init(_ candidates: [Candidate]) {
        let described = candidates.map { ($0, name: Self.words($0.name), description: Self.words($0.description)) }
        var frequency: [String: Int] = [:]
        for entry in described { for word in entry.name.union(entry.description) { frequency[word, default: 0] += 1 } }
        // Words many touchpoints share ("customer", "call") say little about which one is meant.
        rarity = frequency.mapValues { log(Double(described.count + 1) / Double($0)) + 0.1 }
        self.candidates = described
    }

    /// The best touchpoint for the text, or nil when no touchpoint shares a telling word with it. One word alone
    /// suggests a touchpoint only when it is in the touchpoint's name: a word its description happens to use
    /// ("help") says too little.
    public func suggest(for text: String, minimumScore: Double = 0.5) -> Suggestion? {
        let words = Self.words(text)
        var best: Suggestion?
        for (candidate, name, description) in candidates {
            let shared = words.intersection(name.union(description))
            guard shared.count >= 2 || shared.contains(where: name.contains) else { continue }
            let score = shared.reduce(0.0) { sum, word in sum + (rarity[word] ?? 0) * (name.contains(word) ? 2 : 1) }
            if score >= minimumScore, score > (best?.score ?? 0) {
                best = Suggestion(touchpointID: candidate.id, name: candidate.name, sharedWords: shared.sorted(), score: score)
            }
        }
        return best
    }

    /// Content words with a plural "s" taken off, so "bills" meets "bill"; feelings and words that fit anything
    /// ("help", "great", "took") are left out, as they are from themes.
    static func words(_ text: String) -> Set<String> {
        Set(TextTokens.contentWords(text).compactMap { word -> String? in
            guard let word, ThemeTopics.notTopics[ByteHash.of(word.utf8)] == nil else { return nil }
            return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : String(word)
        })
    }
}

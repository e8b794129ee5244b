/// A recurring pattern in feedback, named by the phrase people keep using.
public struct Theme: Sendable, Equatable, Codable {
    /// The phrase as people write it, e.g. "account number".
    public let name: String
    /// The phrase's content words, which an item must contain in this order to belong.
    public let words: [String]
    /// How many items of the corpus it was found in.
    public let support: Int

    public init(name: String, words: [String], support: Int) {
        self.name = name
        self.words = words
        self.support = support
    }

    /// Why an item belongs here, in words a person understands.
    public var explanation: String { "mentions “\(name)”" }
}

/// Finds themes in a corpus and assigns items to them. Discovery counts the phrases (runs of one
/// to three content words) that many items share, prefers longer phrases over the words inside
/// them, and keeps those that cover the most items; assignment then needs no corpus at all, so
/// new feedback is assigned one item at a time.
public struct ThemeEngine: Sendable {
    public var minimumSupport: Int
    public var maximumThemes: Int

    public init(minimumSupport: Int = 3, maximumThemes: Int = 40) {
        self.minimumSupport = minimumSupport
        self.maximumThemes = maximumThemes
    }

    /// Counts phrases item by item, so a large corpus can be streamed through it.
    public struct Counter: Sendable {
        var documentFrequency: [String: Int] = [:]
        public private(set) var documents = 0

        public init() {}

        public mutating func add(_ text: String) {
            documents += 1
            for phrase in Set(ThemeEngine.phrases(in: text)) { documentFrequency[phrase, default: 0] += 1 }
        }

        /// Adds another counter's counts, so parts of a corpus can be counted side by side.
        public mutating func merge(_ other: Counter) {
            documents += other.documents
            documentFrequency.merge(other.documentFrequency, uniquingKeysWith: +)
        }
    }

    /// Themes from counted phrases, most useful first.
    public func themes(from counter: Counter) -> [Theme] {
        let frequent = counter.documentFrequency.filter { $0.value >= minimumSupport }
        // A phrase inside a longer frequent phrase that covers most of its items says less than the longer one.
        let kept = frequent.filter { phrase, support in
            !frequent.contains { other, otherSupport in
                other.count > phrase.count && otherSupport * 10 >= support * 6 && Self.contains(other, phrase)
            }
        }
        let ranked = kept.sorted { lhs, rhs in
            let left = Double(lhs.value) * Self.weight(lhs.key), right = Double(rhs.value) * Self.weight(rhs.key)
            return left != right ? left > right : lhs.key < rhs.key
        }
        return ranked.prefix(maximumThemes).map { Theme(name: $0.key, words: $0.key.split(separator: " ").map(String.init), support: $0.value) }
    }

    /// The theme an item belongs to: the first (most useful) theme whose phrase it contains.
    public static func assign(_ text: String, to themes: [Theme]) -> Theme? {
        guard !themes.isEmpty else { return nil }
        let words = TextTokens.contentWords(text)
        return themes.first { occurs($0.words, in: words) }
    }

    /// Whether the phrase's words stand next to each other in `words`, unbroken: the same test as
    /// looking the theme up among the item's phrases, without building them.
    static func occurs(_ phrase: [String], in words: [Substring?]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) {
            var matched = 0
            while matched < phrase.count, let word = words[start + matched], word == phrase[matched] { matched += 1 }
            if matched == phrase.count { return true }
        }
        return false
    }

    /// Longer phrases name a pattern more precisely than single words.
    static func weight(_ phrase: String) -> Double {
        switch phrase.split(separator: " ").count {
        case 1: 0.6
        case 2: 2.2
        default: 3.0
        }
    }

    static func contains(_ phrase: String, _ part: String) -> Bool {
        (" " + phrase + " ").contains(" " + part + " ")
    }

    /// Every run of one to three adjacent content words, joined by single spaces.
    static func phrases(in text: String) -> [String] {
        let words = TextTokens.contentWords(text)
        var result: [String] = []
        for start in words.indices {
            guard let first = words[start] else { continue }
            var phrase = String(first)
            result.append(phrase)
            var end = start + 1
            while end < words.count, end - start < 3, let next = words[end] {
                phrase += " " + next
                result.append(phrase)
                end += 1
            }
        }
        return result
    }
}

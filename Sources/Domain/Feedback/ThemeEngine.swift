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

    /// Counts phrases item by item, so a large corpus can be streamed through it. Phrases are
    /// kept as hashes of their words; only the frequent ones are spelled out, by `themes(from:)`.
    public struct Counter: Sendable {
        struct Phrase: Sendable {
            /// Items it was found in, and the last one, so an item counts once however often it repeats it.
            var items: Int32 = 0
            var lastItem: Int32 = -1
            /// Its one to three words; 0 where it has fewer.
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        }

        var phrases = HashSlots(capacity: 4096, empty: Phrase())
        /// Each word seen, lowercased, by hash.
        var spellings = HashSlots(capacity: 1024, empty: "")
        public private(set) var documents = 0

        public init() {}

        public mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add(utf8: $0) }
        }

        /// Counts one item given as UTF-8 bytes.
        public mutating func add(utf8: UnsafeBufferPointer<UInt8>) {
            let item = Int32(truncatingIfNeeded: documents)
            documents += 1
            ThemeWords.forEachPhrase(utf8) { key, words, spelling in
                phrases.update(key, making: {
                    // A word's first item is where its spelling is kept.
                    if words.1 == 0 { spellings.set(key, String(decoding: spelling, as: UTF8.self).lowercased()) }
                    return Phrase(words: words)
                }) { phrase in
                    if phrase.lastItem != item {
                        phrase.items += 1
                        phrase.lastItem = item
                    }
                }
            }
        }

        /// Adds another counter's counts, so parts of a corpus can be counted side by side.
        public mutating func merge(_ other: Counter) {
            documents += other.documents
            other.phrases.forEach { key, theirs in
                phrases.update(key, making: { Phrase(words: theirs.words) }) { $0.items += theirs.items }
            }
            other.spellings.forEach { word, spelling in
                if spellings[word] == nil { spellings.set(word, spelling) }
            }
        }

        /// Each phrase found in at least `minimum` items, spelled out, with how many.
        func frequent(_ minimum: Int) -> [String: Int] {
            var result: [String: Int] = [:]
            phrases.forEach { _, phrase in
                guard phrase.items >= minimum else { return }
                let words = [phrase.words.0, phrase.words.1, phrase.words.2].filter { $0 != 0 }
                result[words.map { spellings[$0] ?? "" }.joined(separator: " ")] = Int(phrase.items)
            }
            return result
        }
    }

    /// Themes from counted phrases, most useful first: topic phrases, longer ones before the words inside
    /// them. `limit` (default `maximumThemes`) lets `Coverage` choose among more candidates.
    public func themes(from counter: Counter, limit: Int? = nil) -> [Theme] {
        // A theme names a topic: a phrase of feelings alone ("really good"), or one that starts or ends with a feeling or a
        // word for anything ("good green tea", "dog food arrived"), names none, and does not stand in for the words inside it.
        let frequent = counter.frequent(minimumSupport).filter { ThemeTopics.isTopic($0.key.split(separator: " ").map { ByteHash.of($0.utf8) }) }
        // A phrase inside a longer frequent phrase that covers most of its items says less than the longer one.
        var outshone = Set<String>()
        for (phrase, support) in frequent {
            let words = phrase.split(separator: " ")
            for length in 1..<max(1, words.count) {
                for start in 0...(words.count - length) {
                    let part = words[start..<start + length].joined(separator: " ")
                    if let partSupport = frequent[part], support * 10 >= partSupport * 6 { outshone.insert(part) }
                }
            }
        }
        let kept = frequent.filter { !outshone.contains($0.key) }
        let ranked = kept.sorted { lhs, rhs in
            let left = Double(lhs.value) * Self.weight(lhs.key), right = Double(rhs.value) * Self.weight(rhs.key)
            return left != right ? left > right : lhs.key < rhs.key
        }
        return ranked.prefix(limit ?? maximumThemes).map { Theme(name: $0.key, words: $0.key.split(separator: " ").map(String.init), support: $0.value) }
    }

    /// The theme an item belongs to: the first (most useful) theme whose phrase it contains.
    /// To assign many items to the same themes, make a `ThemeMatcher` once.
    public static func assign(_ text: String, to themes: [Theme]) -> Theme? {
        guard !themes.isEmpty else { return nil }
        return ThemeMatcher(themes).theme(for: text)
    }

    /// Longer phrases name a pattern more precisely than single words.
    static func weight(_ phrase: String) -> Double {
        switch phrase.split(separator: " ").count {
        case 1: 0.6
        case 2: 2.2
        default: 3.0
        }
    }
}

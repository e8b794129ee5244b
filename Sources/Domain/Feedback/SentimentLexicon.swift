/// What one word or phrase does to a score.
struct SentimentEntry: Sendable {
    enum Role: UInt8, Sendable {
        /// Carries `valence` (often zero: a phrase start, or a word that matters only when negated).
        case plain
        /// Flips or damps the next sentiment within three tokens: "not", "never", "without".
        case negator
        /// Multiplies the next sentiment by `scale`: "very" (>1), "slightly" (<1).
        case scale
        /// What follows outweighs what came before: "but", "however".
        case contrast
        /// Like `contrast` mid-sentence; at the start of a sentence it opens a concession that
        /// ends at the next comma: "Although the engineer was friendly, …".
        case concessive
        /// A concession wherever it stands: "great service despite the delay" stays positive.
        case despite
    }

    var valence = 0.0
    /// The valence when negated, where flipping would be wrong: "didn't call back" is −2.5, not 0.
    var negatedValence: Double?
    var role = Role.plain
    var scale = 1.0
    /// Phrases that start with this word, longest first, as indices into `SentimentLexicon.phrases`.
    var phrases: Range<Int> = 0..<0

    /// Parses a list's leading field: "-2.5", "0/-2.5" (valence, then when negated), "x1.3" (scale),
    /// or a role name: "neg", "but", "though", "despite".
    init?(spec: Substring) {
        switch spec {
        case "neg": role = .negator
        case "but": role = .contrast
        case "though": role = .concessive
        case "despite": role = .despite
        default:
            if spec.first == "x" {
                guard let scale = Double(spec.dropFirst()) else { return nil }
                role = .scale
                self.scale = scale
                return
            }
            let parts = spec.split(separator: "/")
            guard let valence = Double(parts[0]) else { return nil }
            self.valence = valence
            if parts.count > 1 {
                guard let negated = Double(parts[1]) else { return nil }
                negatedValence = negated
            }
        }
    }

    init() {}
}

/// A multi-word unit such as "still waiting"; `#` in it matches any number ("waited # weeks").
struct SentimentPhrase: Sendable {
    /// Where the words after the first sit in `SentimentLexicon.phraseWords`.
    let rest: Range<Int>
    let entry: SentimentEntry

    /// Stands for `#` among the phrase words.
    static let anyNumber: UInt64 = 0
}

/// Words and phrases with what they do, parsed once from the compact lists in
/// `SentimentWords*.swift` and `SentimentPhrases*.swift` into one dictionary, so scoring
/// needs a single lookup per token.
final class SentimentLexicon: Sendable {
    /// By `ByteHash` of the word.
    let entries: HashSlots<SentimentEntry>
    let phrases: [SentimentPhrase]
    /// The words of every phrase after its first, as `ByteHash` keys, one phrase after another.
    let phraseWords: [UInt64]

    static let standard = SentimentLexicon()

    /// Every single-word list. A word must appear in only one of them: a later list would silently
    /// override an earlier one's entry (a test checks this).
    static let wordLists = [
        modifiers, positiveWords, negativeWords, mixedWords, generalPositiveWords, generalNegativeWords,
        socialWords,
    ]

    /// Every phrase list. A phrase must appear in only one of them: of two identical phrases only
    /// one could ever match (a test checks this).
    static let phraseLists = [complaintPhrases, praisePhrases, generalComplaintPhrases, generalPraisePhrases]

    init() {
        var entries = HashSlots(capacity: 4096, empty: SentimentEntry())
        for list in Self.wordLists {
            for line in list.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard let spec = fields.first, let entry = SentimentEntry(spec: spec) else { continue }
                for word in fields.dropFirst() { entries.set(ByteHash.of(word.utf8), entry) }
            }
        }
        var grouped: [String: [(rest: [Substring], entry: SentimentEntry)]] = [:]
        for line in Self.phraseLists.joined(separator: "\n").split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3, let entry = SentimentEntry(spec: fields[0]) else { continue }
            grouped[String(fields[1]), default: []].append((Array(fields.dropFirst(2)), entry))
        }
        var phrases: [SentimentPhrase] = [], words: [UInt64] = []
        for (first, group) in grouped {
            let start = phrases.count
            for (rest, entry) in group.sorted(by: { $0.rest.count > $1.rest.count }) {
                let from = words.count
                words += rest.map { $0 == "#" ? SentimentPhrase.anyNumber : ByteHash.of($0.utf8) }
                phrases.append(SentimentPhrase(rest: from..<words.count, entry: entry))
            }
            entries.update(ByteHash.of(first.utf8), making: { SentimentEntry() }) { $0.phrases = start..<phrases.count }
        }
        self.entries = entries
        self.phrases = phrases
        phraseWords = words
    }

    /// The entry for a word, or else for its spelling without stretched letters: every run of three
    /// or more of one letter is cut to two, then to one, so "goooood" finds "good", "soooo" finds
    /// "so" and "yaaay" finds "yay", while "too" and "cool" are only ever looked up as written.
    func entry(for token: SentimentToken, in scan: SentimentScan) -> SentimentEntry? {
        if let entry = entries[token.key] { return entry }
        guard token.stretched else { return nil }
        let word = scan.bytes(of: token)
        return entries[ByteHash.of(Self.squeezed(word, to: 2))] ?? entries[ByteHash.of(Self.squeezed(word, to: 1))]
    }

    /// `word` with each run of three or more of one letter (a–z) cut to `keep` letters.
    static func squeezed(_ word: String, to keep: Int) -> String {
        String(decoding: squeezed(word.utf8, to: keep), as: UTF8.self)
    }

    static func squeezed(_ word: some Collection<UInt8>, to keep: Int) -> [UInt8] {
        let bytes = Array(word)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
            let letter = bytes[start] >= 0x61 && bytes[start] <= 0x7A
            out.append(contentsOf: repeatElement(bytes[start], count: letter && end - start >= 3 ? keep : end - start))
            start = end
        }
        return out
    }

    /// Number words that `#` in a phrase matches besides digits.
    static let numberWords: HashSlots<Bool> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "few", "several", "many", "couple",
    ].reduce(into: HashSlots(capacity: 32, empty: false)) { $0.set(ByteHash.of($1), true) }

    /// The longest phrase among `candidates` that starts at `start`, and how many tokens it spans.
    func phrase(in candidates: Range<Int>, tokens: UnsafeBufferPointer<SentimentToken>, at start: Int) -> (SentimentEntry, Int)? {
        phrases.withUnsafeBufferPointer { phrases in
            phraseWords.withUnsafeBufferPointer { words in
                candidates: for index in candidates {
                    let phrase = phrases[index]
                    guard start + phrase.rest.count < tokens.count else { continue }
                    for (offset, word) in phrase.rest.enumerated() {
                        let token = tokens[start + 1 + offset]
                        let matches = words[word] == SentimentPhrase.anyNumber
                            ? token.kind == .number || (token.kind == .word && Self.numberWords[token.key] != nil)
                            : token.kind == .word && token.key == words[word]
                        if !matches { continue candidates }
                    }
                    return (phrase.entry, phrase.rest.count + 1)
                }
                return nil
            }
        }
    }

    /// Negators, intensifiers, dampeners and contrast words. Scales are multipliers on the next
    /// sentiment word; "n't" forms are also caught by spelling, these cover the ones typed without it.
    static let modifiers = """
    neg not no never cannot without hardly barely scarcely rarely seldom nobody nothing none neither nor nowhere
    neg lack lacks lacking lacked dont didnt doesnt cant wont isnt wasnt arent werent hasnt havent hadnt couldnt
    neg wouldnt shouldnt aint neednt can't won't don't didn't doesn't isn't wasn't aren't weren't hasn't haven't
    neg hadn't couldn't wouldn't shouldn't ain't needn't
    x1.3 very really so totally completely truly highly super seriously thoroughly deeply entirely bloody
    x1.5 extremely utterly incredibly exceptionally ridiculously insanely unbelievably exceedingly immensely
    x1.5 tremendously remarkably
    x1.4 absolutely hugely massively enormously damn
    x1.2 particularly especially too such most genuinely properly fully overly
    x1.1 quite pretty
    x0.5 slightly marginally mildly
    x0.6 somewhat kinda sorta partly partially occasionally
    x0.7 moderately almost nearly sometimes
    x0.8 fairly reasonably relatively mostly rather
    but but however
    though although though
    despite despite
    """
}

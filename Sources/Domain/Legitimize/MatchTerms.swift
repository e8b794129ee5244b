/// The words feedback and friction are compared by: content words with their endings trimmed, so
/// "transferred" meets "transfer" and "promised" meets "promise", plus one cue per friction kind
/// the text speaks of, so "on hold for 40 minutes" meets "the line took 14 minutes to answer".
public enum MatchTerms {
    /// Marks a kind cue among the words; no stemmed word starts with it.
    static let cuePrefix = "§"

    /// Stemmed content words in order, repeats kept (they count), then the kind cues found.
    public static func terms(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { $0.isASCII ? asciiTerms($0) : nil } ?? unicodeTerms(text)
    }

    static func unicodeTerms(_ text: String) -> [String] {
        var words: [String] = []
        // Cues are looked for among all words: "again" and "still" are stop words for themes but say a lot here.
        var found: UInt32 = 0
        TextTokens.forEachToken(text.lowercased()) { token in
            guard case .word(let word, let isContent) = token else { return }
            let stemmed = stem(String(word))
            found |= cueMasks[stemmed] ?? 0
            if isContent { words.append(stemmed) }
        }
        return words + cues(found)
    }

    /// `unicodeTerms` for ASCII text, walked byte by byte with the same word classes: lowercasing the
    /// whole text and slicing it into Substrings was most of the time link proposals took on a large import.
    static func asciiTerms(_ utf8: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var found: UInt32 = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            while word.last == UInt8(ascii: "'") { word.removeLast() }
            guard !word.isEmpty else { return }
            let isContent = word.count >= 2 && !TextTokens.stopWords.contains(Substring(String(decoding: word, as: UTF8.self)))
            let stemmed = stemASCII(bytes: word)
            found |= cueMasks[stemmed] ?? 0
            if isContent { words.append(stemmed) }
            word.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            guard TextTokens.asciiKinds[Int(byte)] == .word else {
                flush()
                // Markup is skipped whole, as `TextTokens` does: "<br />" is no word.
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { index += max(0, TextMarkup.length(at: index - 1, in: utf8) - 1) }
                continue
            }
            // A leading apostrophe is a quotation mark.
            if word.isEmpty, byte == UInt8(ascii: "'") { continue }
            word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        flush()
        return words + cues(found)
    }

    /// The cue terms of the kinds whose bits are set, in `FrictionKind.allCases` order.
    private static func cues(_ found: UInt32) -> [String] {
        guard found != 0 else { return [] }
        return FrictionKind.allCases.enumerated().filter { found & (1 << $0.offset) != 0 }.map { cuePrefix + $0.element.rawValue }
    }

    /// For each cue stem, the kinds it signals as bits in `FrictionKind.allCases` order: one lookup a word.
    static let cueMasks: [String: UInt32] = {
        var masks: [String: UInt32] = [:]
        for (offset, kind) in FrictionKind.allCases.enumerated() {
            for stem in cueStems[kind, default: []] { masks[stem, default: 0] |= 1 << offset }
        }
        return masks
    }()

    /// The cue a friction of this kind always carries.
    public static func cue(_ kind: FrictionKind) -> String { cuePrefix + kind.rawValue }

    static func isCue(_ term: String) -> Bool { term.hasPrefix(cuePrefix) }

    /// A light suffix stripper: plural, past and -ing forms, a final "e" and a doubled final consonant.
    public static func stem(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? stemASCII(word) : stemCharacters(word)
    }

    static func stemCharacters(_ word: String) -> String {
        // Foundation's replacing was most of a link proposal's time; most words have no curly apostrophe to replace.
        var word = word.utf8.contains(0xE2) ? Substring(word.replacingOccurrences(of: "’", with: "'")) : Substring(word)
        if word.hasSuffix("'s") { word = word.dropLast(2) }
        if word.count > 4, word.hasSuffix("ies") { word = word.dropLast(3) + "y" }
        else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { word = word.dropLast() }
        if word.count > 5, word.hasSuffix("ing") { word = word.dropLast(3) }
        else if word.count > 4, word.hasSuffix("ed") { word = word.dropLast(2) }
        if word.count > 4, word.hasSuffix("e") { word = word.dropLast() }
        if word.count > 4, let last = word.last, let before = word.dropLast().last, last == before, !"aeiousl".contains(last) {
            word = word.dropLast()
        }
        return String(word)
    }

    /// `stem` for ASCII words, on bytes: Substring's suffix tests and counts go Character by Character,
    /// and were most of the time spent stemming a large import's words. Same rules, same results.
    static func stemASCII(_ word: String) -> String { stemASCII(bytes: Array(word.utf8)) }

    static func stemASCII(bytes word: [UInt8]) -> String {
        var bytes = word
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            return suffix.withUTF8Buffer { bytes[(bytes.count - count)...].elementsEqual($0) }
        }
        if ends("'s") { bytes.removeLast(2) }
        if bytes.count > 4, ends("ies") { bytes.removeLast(3); bytes.append(UInt8(ascii: "y")) }
        else if bytes.count > 3, ends("s"), !ends("ss"), !ends("us") { bytes.removeLast() }
        if bytes.count > 5, ends("ing") { bytes.removeLast(3) }
        else if bytes.count > 4, ends("ed") { bytes.removeLast(2) }
        if bytes.count > 4, ends("e") { bytes.removeLast() }
        if bytes.count > 4, bytes[bytes.count - 1] == bytes[bytes.count - 2], !"aeiousl".utf8.contains(bytes[bytes.count - 1]) {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Words that signal each kind of friction in customers' own language, stemmed.
    static let cueStems: [FrictionKind: Set<String>] = {
        let words: [FrictionKind: [String]] = [
            .handoff: ["transferred", "transfer", "department", "departments", "passed", "bounced", "redirected", "handed",
                       "responsible", "shared", "mailbox", "callback", "colleague"],
            .wait: ["wait", "waiting", "waited", "hold", "queue", "slow", "weeks", "hours", "minutes", "delay", "delayed", "took", "days", "still"],
            .repeatInformation: ["again", "repeat", "twice", "explain", "scratch", "retype", "security", "questions", "asked"],
            .policy: ["policy", "rule", "rules", "allowed", "allowance", "fee", "charge", "refused", "deadline", "claim", "dispute",
                      "notice", "eligible"],
            .findability: ["find", "search", "website", "page", "pages", "buried", "hidden", "clicks", "confusing", "pdf"],
            .systemSync: ["system", "systems", "app", "update", "updated", "status", "sync", "balance", "overnight", "login"],
            .brokenPromise: ["promised", "promise", "promises", "never", "told", "said", "supposed", "within", "charter", "says"],
            .effort: ["form", "forms", "effort", "hard", "difficult", "timed", "lost", "steps", "complicated", "paperwork", "fiddly"],
        ]
        return words.mapValues { Set($0.map(stem)) }
    }()
}

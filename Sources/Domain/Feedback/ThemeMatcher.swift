/// Assigns items to a fixed list of themes: an item belongs to the first (most useful) theme whose
/// words stand next to each other in it, unbroken by a stop word or punctuation. Built once per
/// list (of phrases of one to three words, as `ThemeEngine` finds them), then each item costs one walk over its bytes and a table lookup per phrase.
public struct ThemeMatcher: Sendable {
    public let themes: [Theme]
    /// Each theme's phrase key, to its position in `themes` (the first, when two share words).
    private let ranks: HashSlots<Int>

    public init(_ themes: [Theme]) {
        self.themes = themes
        var ranks = HashSlots(capacity: max(1, themes.count), empty: -1)
        for (rank, theme) in themes.enumerated().reversed() where !theme.words.isEmpty && theme.words.count <= 3 {
            ranks.set(ThemeWords.key(of: theme.words), rank)
        }
        self.ranks = ranks
    }

    public func theme(for text: String) -> Theme? {
        var text = text
        return text.withUTF8 { index(utf8: $0) }.map { themes[$0] }
    }

    /// Calls `body` with the position of every theme whose phrase the item contains (a theme may come more than once).
    public func forEachIndex(utf8: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard ranks.count > 0 else { return }
        ThemeWords.forEachPhrase(utf8) { key, _, _ in
            if let rank = ranks[key] { body(rank) }
        }
    }

    /// The position in `themes` of the item's theme, or nil when none of them occurs in it.
    public func index(utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard ranks.count > 0 else { return nil }
        var best = Int.max
        ThemeWords.forEachPhrase(utf8) { key, _, _ in
            if let rank = ranks[key], rank < best { best = rank }
        }
        return best == Int.max ? nil : best
    }
}

import Foundation

/// Proposes links between feedback and the friction points on the same touchpoints, handoffs or
/// policies, by the similarity of their words. Items are considered one at a time, so any number
/// can be streamed through; only the best few per friction are kept.
public struct LinkProposer: Sendable {
    /// Below this cosine similarity two texts share too little to put before a person.
    public var minimumSimilarity = 0.18
    public var maximumPerFriction = 25
    /// One item is proposed for at most this many frictions, its closest.
    public var maximumPerItem = 2
    /// A theme is proposed when at least this many of its items at the friction's place match it,
    /// and they are at least this share of the theme's items there: a broad theme ("leak") that
    /// merely contains a few matching items is not the friction.
    public var minimumThemeItems = 2
    public var minimumThemeShare = 0.5

    let frictions: [(place: FrictionPlace, vector: TermVector)]
    let rarity: TermRarity
    private var best: [UUID: [LinkProposal]] = [:]
    private var themeMatches: [ThemeKey: (count: Int, similarity: Double, words: [String: Int])] = [:]
    private var themeItemsHere: [ThemeKey: Int] = [:]

    private struct ThemeKey: Hashable { let frictionID: UUID, theme: String }

    /// `rarity` should have seen the frictions' and the candidate items' texts.
    public init(frictions: [FrictionPlace], rarity: TermRarity) {
        self.rarity = rarity
        self.frictions = frictions.map { ($0, TermVector($0.text, rarity: rarity, extraTerms: [MatchTerms.cue($0.kind)])) }
    }

    /// Compares one item with every friction sharing one of its touchpoints.
    public mutating func consider(_ item: FeedbackPlace) { record(compare(item)) }

    /// What comparing one item found: reads the proposer only, so items can be compared on
    /// several threads at once and recorded afterwards, in order.
    public struct Comparison: Sendable {
        let theme: String?
        let frictionsHere: [UUID]
        let matches: [LinkProposal]
    }

    public func compare(_ item: FeedbackPlace) -> Comparison {
        let here = frictions.filter { !$0.place.touchpointIDs.isDisjoint(with: item.touchpointIDs) }
        guard !here.isEmpty else { return Comparison(theme: nil, frictionsHere: [], matches: []) }
        let vector = TermVector(item.text, rarity: rarity)
        let matches = here.compactMap { friction -> LinkProposal? in
            let (score, shared) = vector.similarity(to: friction.vector)
            guard score >= minimumSimilarity, !shared.isEmpty else { return nil }
            return LinkProposal(frictionID: friction.place.frictionID, subject: .feedback(item.feedbackID), similarity: score,
                                sharedWords: Array(shared.prefix(6)))
        }
        return Comparison(theme: item.theme, frictionsHere: here.map(\.place.frictionID),
                          matches: Array(matches.sorted(by: Self.closer).prefix(maximumPerItem)))
    }

    public mutating func record(_ comparison: Comparison) {
        if let theme = comparison.theme {
            for friction in comparison.frictionsHere { themeItemsHere[ThemeKey(frictionID: friction, theme: theme), default: 0] += 1 }
        }
        for match in comparison.matches {
            keep(match)
            if let theme = comparison.theme { countThemeMatch(match, theme: theme) }
        }
    }

    /// Item proposals, closest first per friction, then theme proposals.
    public func proposals() -> [LinkProposal] {
        let items = best.keys.sorted { $0.uuidString < $1.uuidString }.flatMap { best[$0]! }
        let themes = themeMatches.filter { key, value in
            value.count >= minimumThemeItems && Double(value.count) >= minimumThemeShare * Double(themeItemsHere[key] ?? value.count)
        }
            .sorted { ($0.key.frictionID.uuidString, $0.key.theme) < ($1.key.frictionID.uuidString, $1.key.theme) }
            .map { key, value in
                let words = value.words.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map(\.key)
                return LinkProposal(frictionID: key.frictionID, subject: .theme(key.theme),
                                    similarity: value.similarity / Double(value.count), sharedWords: words)
            }
        return items + themes
    }

    private mutating func keep(_ proposal: LinkProposal) {
        var list = best[proposal.frictionID, default: []]
        let index = list.firstIndex { Self.closer(proposal, $0) } ?? list.endIndex
        guard index < maximumPerFriction else { return }
        list.insert(proposal, at: index)
        if list.count > maximumPerFriction { list.removeLast() }
        best[proposal.frictionID] = list
    }

    private mutating func countThemeMatch(_ proposal: LinkProposal, theme: String) {
        let key = ThemeKey(frictionID: proposal.frictionID, theme: theme)
        var entry = themeMatches[key, default: (0, 0, [:])]
        entry.count += 1
        entry.similarity += proposal.similarity
        for word in proposal.sharedWords { entry.words[word, default: 0] += 1 }
        themeMatches[key] = entry
    }

    /// A cheap total order on subjects, so equal similarities always rank the same way.
    static func order(_ subject: LinkSubject) -> String {
        switch subject {
        case .feedback(let id): id.uuidString
        case .theme(let name): "~" + name
        }
    }

    static func closer(_ lhs: LinkProposal, _ rhs: LinkProposal) -> Bool {
        if lhs.similarity != rhs.similarity { return lhs.similarity > rhs.similarity }
        return order(lhs.subject) < order(rhs.subject)
    }
}

/// One word, phrase or symbol that moved the score, after its modifiers were applied.
struct SentimentContribution: Sendable {
    enum Source: UInt8, Sendable { case word, phrase, emoji, emoticon }

    struct Notes: OptionSet, Sendable {
        let rawValue: UInt8
        static let negated = Notes(rawValue: 1)
        static let intensified = Notes(rawValue: 2)
        static let dampened = Notes(rawValue: 4)
        static let capitals = Notes(rawValue: 8)
        static let stressed = Notes(rawValue: 16)
        static let softened = Notes(rawValue: 32)
    }

    /// Tokens to quote in a reason, including any negator or intensifier that applied.
    var tokens: Range<Int>
    var value: Double
    var source: Source
    var notes: Notes
}

/// One left-to-right pass over a comment's tokens, applying the rules in the order a reader
/// would: phrases before words, then negation, intensity and capitals, then contrast.
struct SentimentPass {
    /// How many tokens after "not" can still be negated, and how many after "very" intensified.
    static let negationReach = 3
    static let scaleReach = 2
    /// Negating praise nearly reverses it ("not helpful"); negating a complaint only softens it
    /// ("not bad" is faint praise, not a rave).
    static let negatedPraise = -0.75
    static let negatedComplaint = -0.4
    static let capitalsBoost = 1.3
    /// Weights either side of "but": the part after it is what the writer means.
    static let stressed = 1.5
    static let softened = 0.5

    let lexicon: SentimentLexicon
    let scan: SentimentScan
    private(set) var contributions: [SentimentContribution] = []
    private var negationLeft = 0, negator = 0
    private var scale = 1.0, scaleLeft = 0, scaleStart = 0
    private var pivot: (index: Int, reversed: Bool)?
    private var concessionOpen = false
    private var sentenceStart = true

    init(lexicon: SentimentLexicon, scan: SentimentScan) {
        self.lexicon = lexicon
        self.scan = scan
    }

    mutating func run() {
        let tokens = scan.tokens
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .stop, .pause:
                endScopes()
                // A concession closes at its comma; one that runs to the full stop had no main clause.
                if concessionOpen, token.kind == .pause { pivot = (contributions.count, false) }
                concessionOpen = false
                if token.kind == .stop { sentenceStart = true }
                i += 1
            case .symbol:
                let source: SentimentContribution.Source = token.isEmoticon ? .emoticon : .emoji
                contributions.append(.init(tokens: i..<i + 1, value: token.valence, source: source, notes: []))
                i += 1
            case .word, .number:
                var entry = lexicon.entry(for: token, in: scan)
                var length = 1
                if let candidates = entry?.phrases, !candidates.isEmpty,
                   let (phrase, span) = tokens.withUnsafeBufferPointer({ lexicon.phrase(in: candidates, tokens: $0, at: i) }) {
                    entry = phrase
                    length = span
                }
                apply(entry, negates: token.negates && length == 1, span: i..<i + length)
                sentenceStart = false
                i += length
            }
        }
    }

    private mutating func apply(_ entry: SentimentEntry?, negates: Bool, span: Range<Int>) {
        var role = entry?.role ?? .plain
        if negates && role == .plain { role = .negator }
        switch role {
        case .negator:
            negationLeft = Self.negationReach
            negator = span.lowerBound
        case .scale:
            if scaleLeft == 0 {
                scale = 1
                scaleStart = span.lowerBound
            }
            scale *= entry?.scale ?? 1
            scaleLeft = Self.scaleReach
        case .contrast, .concessive, .despite:
            endScopes()
            if sentenceStart && role != .contrast {
                concessionOpen = true
            } else {
                pivot = (contributions.count, role == .despite)
            }
        case .plain:
            if let entry { sentiment(entry, span: span) } else { tick() }
        }
    }

    private mutating func sentiment(_ entry: SentimentEntry, span: Range<Int>) {
        let negated = negationLeft > 0
        guard entry.valence != 0 || (negated && entry.negatedValence != nil) else { return tick() }
        var value = entry.valence
        var notes: SentimentContribution.Notes = []
        var start = span.lowerBound
        if negated {
            value = entry.negatedValence ?? value * (value > 0 ? Self.negatedPraise : Self.negatedComplaint)
            notes.insert(.negated)
            start = min(start, negator)
            negationLeft = 0
        }
        // "not very good" is no worse than "not good", so intensifiers give way to negation.
        if scaleLeft > 0, scale != 1, !(negated && scale > 1) {
            value *= scale
            notes.insert(scale > 1 ? .intensified : .dampened)
            start = min(start, scaleStart)
        }
        scaleLeft = 0
        scale = 1
        if scan.capitalsEmphasise, scan.tokens[span].contains(where: \.shouted) {
            value *= Self.capitalsBoost
            notes.insert(.capitals)
        }
        let source: SentimentContribution.Source = span.count > 1 ? .phrase : .word
        contributions.append(.init(tokens: start..<span.upperBound, value: value, source: source, notes: notes))
    }

    /// A word that carries nothing uses up some of the reach of a pending negator or intensifier.
    private mutating func tick() {
        if negationLeft > 0 { negationLeft -= 1 }
        if scaleLeft > 0 {
            scaleLeft -= 1
            if scaleLeft == 0 { scale = 1 }
        }
    }

    private mutating func endScopes() {
        negationLeft = 0
        scaleLeft = 0
        scale = 1
    }

    /// Weighs the two sides of the last contrast, when there is sentiment on both sides of it.
    mutating func weighContrast() {
        guard let pivot, pivot.index > 0, pivot.index < contributions.count else { return }
        for i in contributions.indices {
            let stressed = (i >= pivot.index) != pivot.reversed
            contributions[i].value *= stressed ? Self.stressed : Self.softened
            contributions[i].notes.insert(stressed ? .stressed : .softened)
        }
    }
}

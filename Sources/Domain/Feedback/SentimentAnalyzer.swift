/// Scores how positive or negative a customer comment is, with lexicon and rules tuned for
/// service language: word valences, multi-word service phrases ("still waiting", "sorted it
/// out"), negation, intensifiers, contrast ("friendly but I waited three weeks"), exclamation
/// marks, capitals, emoji and emoticons.
///
/// Rules rather than a trained model, so every score can be explained (`SentimentScore.reasons`)
/// and corrected by editing a word list. Fast enough for millions of comments: one pass over the
/// bytes, one dictionary lookup per word, no regular expressions or Foundation.
public struct SentimentAnalyzer: Sendable {
    /// Each "!" adds this much emphasis, up to `maxExclamations` of them.
    static let exclamationBoost = 0.3
    static let maxExclamations = 3
    /// At most this many reasons agreeing with the score, plus the strongest one against it.
    static let maxReasons = 3

    let lexicon: SentimentLexicon

    /// Uses the built-in lexicon, parsed once per process and shared by every analyser.
    public init() {
        lexicon = .standard
    }

    /// Scores one comment of any length; empty or sentiment-free text is `SentimentScore.neutral`.
    public func score(_ text: String) -> SentimentScore {
        var text = text
        return text.withUTF8 { utf8 in
            let pass = read(utf8)
            guard !pass.contributions.isEmpty else { return .neutral }
            let (value, emphasis) = Self.total(pass)
            let label = SentimentLabel(value: value)
            var reasons = Self.reasons(pass.contributions, scan: pass.scan, label: label)
            if emphasis != 0 && label != .neutral {
                let marks = String(repeating: "!", count: min(pass.scan.exclamations, Self.maxExclamations))
                reasons.append("“\(marks)” (exclamation, \(Self.signed(emphasis)))")
            }
            return SentimentScore(value: value, label: label, reasons: reasons)
        }
    }

    /// The score's value and label alone, for when nobody will read the reasons (imports, `align analyze`).
    public func value(_ text: String) -> (value: Double, label: SentimentLabel) {
        var text = text
        return text.withUTF8 { value(utf8: $0) }
    }

    /// `value(_:)` of text given as UTF-8 bytes.
    public func value(utf8: UnsafeBufferPointer<UInt8>) -> (value: Double, label: SentimentLabel) {
        let value = Self.total(read(utf8)).value
        return (value, SentimentLabel(value: value))
    }

    private func read(_ utf8: UnsafeBufferPointer<UInt8>) -> SentimentPass {
        var pass = SentimentPass(lexicon: lexicon, scan: SentimentScan(utf8))
        pass.run()
        pass.weighContrast()
        return pass
    }

    /// The score's value, and how much of it the exclamation marks added.
    private static func total(_ pass: borrowing SentimentPass) -> (value: Double, emphasis: Double) {
        guard !pass.contributions.isEmpty else { return (0, 0) }
        var sum = 0.0
        for contribution in pass.contributions { sum += contribution.value }
        var emphasis = 0.0
        if sum != 0 {
            emphasis = Double(min(pass.scan.exclamations, maxExclamations)) * exclamationBoost
            if sum < 0 { emphasis = -emphasis }
        }
        return (SentimentScore.normalise(sum + emphasis), emphasis)
    }

    /// The strongest contributions on the winning side, then the strongest against it if it was
    /// substantial, so "friendly but I waited three weeks" shows both halves.
    static func reasons(
        _ contributions: [SentimentContribution], scan: SentimentScan, label: SentimentLabel
    ) -> [String] {
        let ranked = contributions.sorted { abs($0.value) > abs($1.value) }
        var chosen: [SentimentContribution]
        switch label {
        case .neutral:
            chosen = Array(ranked.prefix(maxReasons))
        case .positive, .negative:
            let agrees = { (c: SentimentContribution) in (c.value > 0) == (label == .positive) }
            chosen = Array(ranked.lazy.filter(agrees).prefix(maxReasons))
            // A contrasted clause is worth showing even when small; otherwise only a real counterweight.
            if let against = ranked.first(where: { !agrees($0) }),
               abs(against.value) >= 1.5 || (abs(against.value) >= 0.5 && against.notes.contains(.softened)) {
                chosen.append(against)
            }
        }
        return chosen.map { describe($0, scan: scan) }
    }

    /// e.g. "“not helpful” (word, negated, −1.5)" or "“still waiting” (service phrase, −2.5)".
    static func describe(_ contribution: SentimentContribution, scan: SentimentScan) -> String {
        var quoted = ""
        for token in scan.tokens[contribution.tokens] where token.end > token.start {
            if !quoted.isEmpty { quoted += " " }
            quoted += scan.text(of: token)
        }
        var parts: [String]
        switch contribution.source {
        case .word: parts = ["word"]
        case .phrase: parts = ["service phrase"]
        case .emoji: parts = ["emoji"]
        case .emoticon: parts = ["emoticon"]
        }
        let notes = contribution.notes
        if notes.contains(.negated) { parts.append("negated") }
        if notes.contains(.intensified) { parts.append("intensified") }
        if notes.contains(.dampened) { parts.append("softened") }
        if notes.contains(.capitals) { parts.append("in capitals") }
        if notes.contains(.stressed) { parts.append("stressed by contrast") }
        if notes.contains(.softened) { parts.append("outweighed by contrast") }
        parts.append(signed(contribution.value))
        return "“\(quoted)” (\(parts.joined(separator: ", ")))"
    }

    /// One decimal place with a true minus sign, without Foundation's formatters.
    static func signed(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 ? "−" : "+") + "\(tenths / 10).\(tenths % 10)"
    }
}

import Foundation

/// How many texts of a corpus each term occurs in; rare shared terms say more than common ones.
public struct TermRarity: Sendable {
    var documentFrequency: [String: Int] = [:]
    public private(set) var documents = 0

    public init() {}

    public mutating func add(_ text: String) {
        documents += 1
        for term in Set(MatchTerms.terms(text)) { documentFrequency[term, default: 0] += 1 }
    }

    /// Adds what another part of the corpus counted, so parts can be counted on several threads.
    public mutating func merge(_ other: TermRarity) {
        documents += other.documents
        documentFrequency.merge(other.documentFrequency, uniquingKeysWith: +)
    }

    /// Cues weigh the same in every corpus: they stand for a kind, not a word.
    func weight(_ term: String) -> Double {
        if MatchTerms.isCue(term) { return 1.2 }
        return log(Double(documents + 1) / Double(documentFrequency[term, default: 0] + 1)) + 1
    }
}

/// A text as weighted terms of unit length, so the dot product of two is their cosine similarity.
public struct TermVector: Sendable {
    let weights: [String: Double]

    public init(_ text: String, rarity: TermRarity, extraTerms: [String] = []) {
        var counts: [String: Int] = [:]
        for term in MatchTerms.terms(text) + extraTerms { counts[term, default: 0] += 1 }
        var weights: [String: Double] = [:]
        for (term, count) in counts { weights[term] = (1 + log(Double(count))) * rarity.weight(term) }
        let length = sqrt(weights.values.reduce(0) { $0 + $1 * $1 })
        self.weights = length > 0 ? weights.mapValues { $0 / length } : [:]
    }

    /// Cosine similarity, 0…1, and the words (not cues) both share, most telling first.
    public func similarity(to other: TermVector) -> (score: Double, shared: [String]) {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var score = 0.0
        var shared: [(String, Double)] = []
        for (term, weight) in small {
            guard let otherWeight = large[term] else { continue }
            score += weight * otherWeight
            if !MatchTerms.isCue(term) { shared.append((term, weight * otherWeight)) }
        }
        // Dictionaries iterate in an order of their own, so the sum's last bits differ between two vectors of the same
        // text; rounded, equal texts score equal and ties fall to the subject order, as `LinkProposer` intends.
        return (min(1, (score * 1e9).rounded() / 1e9), shared.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0))
    }
}

/// Which groups' figures may be shown without revealing anyone's answers. A group with fewer answers than
/// the threshold shows none; and because a parent's figure minus its shown children's is the figure of the
/// rest, a shown sibling is hidden too whenever the hidden ones together hold fewer than the threshold.
public enum Anonymity {
    /// The smallest threshold an organization may set, and the one it starts with.
    public static let minimumThreshold = 3
    public static let defaultThreshold = 5

    /// The keys of `counts` whose figures must not be shown, and whether the parent's (the sum) must not be either.
    public static func hidden<Key: Hashable & Comparable>(_ counts: [Key: Int], threshold: Int) -> (children: Set<Key>, parent: Bool) {
        let threshold = max(threshold, minimumThreshold)
        let total = counts.values.reduce(0, +)
        guard total >= threshold else { return (Set(counts.keys), true) }
        var hidden = Set(counts.filter { $0.value < threshold }.map(\.key))
        func hiddenAnswers() -> Int { hidden.reduce(0) { $0 + counts[$1]! } }
        // Smallest first, ties by key, so the same answers always hide the same groups.
        let shown = counts.filter { !hidden.contains($0.key) }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        for sibling in shown where hiddenAnswers() > 0 && hiddenAnswers() < threshold {
            hidden.insert(sibling.key)
        }
        return (hidden, false)
    }
}

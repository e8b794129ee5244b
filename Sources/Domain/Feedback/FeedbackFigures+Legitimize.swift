import Foundation

/// The evidence behind Legitimize's views, kept per friction (items a confirmed link ties to it) and
/// per theme (frictions and negative comments no confirmed link explains).
extension FeedbackFigures {
    public static let confirmed = "legit.confirmed", unexplained = "legit.unexplained", proposed = "legit.proposed"
    public static let friction = "friction", themeDimension = "theme"
    /// Counters of one item's evidence: the item, its stated priority, its customer's tier rank (0 for
    /// none), its negativity in billionths (whole numbers, so adding and taking away stay exact).
    public static let prioritySum = "priority.sum", priorityCount = "priority.count", negativityNanos = "negativity"
    public static func tierDetail(_ rank: Int) -> String { "tier.\(rank)" }
    /// Dates are counted under their own figure, so pages read the newest without reading every date.
    public static func dateFigure(_ figure: String) -> String { figure + ".date" }
    public static let nanos = 1_000_000_000.0

    static func legitimizeCounts(_ facts: FeedbackFacts) -> FigureCounts {
        var counts = FigureCounts()
        for friction in Set(facts.confirmedFrictions) {
            addEvidence(facts, confirmed, Self.friction, FigureKey.encode(friction.uuidString), to: &counts)
        }
        if facts.complaint, facts.confirmedFrictions.isEmpty {
            addEvidence(facts, unexplained, themeDimension, FigureKey.encode(facts.theme), to: &counts)
        }
        return counts
    }

    static func addEvidence(_ facts: FeedbackFacts, _ figure: String, _ dimension: String, _ subject: String, to counts: inout FigureCounts) {
        func add(_ detail: String, _ n: Int) { counts.add(FigureKey(figure, dimension, encodedSubject: subject, detail: detail), n) }
        add(items, 1)
        if let priority = facts.priority {
            add(prioritySum, priority)
            add(priorityCount, 1)
        }
        add(tierDetail(facts.tier?.rank ?? 0), 1)
        add(negativityNanos, Int((facts.negativity * nanos).rounded()))
        if let date = facts.date { counts.add(FigureKey(dateFigure(figure), dimension, encodedSubject: subject, detail: date.description)) }
    }
}

import Foundation

/// What Align's own data says about a level: a check that must hold for a competency to be at `level` or above.
public struct EvidenceCheck: Sendable, Equatable {
    /// The records a check counts, so a page can link the figure to them.
    public enum Source: String, Sendable {
        case feedback, reviewedLinks, confirmedLinks, handoffs, kpis
    }

    public let competencyKey: String
    public let level: Int
    public let description: String
    /// The figure behind it, in words ("3 channels in the last 90 days").
    public let figure: String
    public let met: Bool
    public let source: Source

    public init(competencyKey: String, level: Int, description: String, figure: String, met: Bool, source: Source) {
        (self.competencyKey, self.level, self.description, self.figure, self.met) = (competencyKey, level, description, figure, met)
        self.source = source
    }
}

/// One competency's target, where its assessors put it (their spread, not only the middle), the gap, its history
/// across rounds of assessment, and whether Align's data backs the level assessed.
public struct CentricityGap: Sendable, Equatable {
    /// The assessments of one month: each assessor's last of that month.
    public struct Round: Sendable, Equatable {
        public let month: String
        public let levels: [Int]
        public var median: Double { Self.median(levels) }
        public var lowest: Int { levels.min() ?? 0 }
        public var highest: Int { levels.max() ?? 0 }

        static func median(_ values: [Int]) -> Double {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return 0 }
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    public let competency: Competency
    public let target: CentricityTarget?
    /// Oldest first; the last is the current assessment.
    public let rounds: [Round]
    public let checks: [EvidenceCheck]

    public var current: Round? { rounds.last }
    /// Target minus the current median; nil without both.
    public var gap: Double? { target.flatMap { target in current.map { Double(target.level) - $0.median } } }

    /// The highest level every check up to it holds for; nil where Align has no evidence for this competency.
    public var supportedLevel: Int? {
        guard !checks.isEmpty else { return nil }
        let failed = checks.filter { !$0.met }.map(\.level).min()
        return failed.map { $0 - 1 } ?? Competency.levelCount
    }

    /// The current median is above what the data supports.
    public var contradictsEvidence: Bool {
        guard let supported = supportedLevel, let current else { return false }
        return current.median > Double(supported)
    }

    public static func build(_ competency: Competency, target: CentricityTarget?, assessments: [CentricityAssessment], checks: [EvidenceCheck]) -> CentricityGap {
        let byMonth = Dictionary(grouping: assessments) { String($0.date.description.prefix(7)) }
        let rounds = byMonth.keys.sorted().map { month -> Round in
            let latest = Dictionary(grouping: byMonth[month]!, by: \.assessor).values.map { $0.max { $0.date < $1.date }!.level }
            return Round(month: month, levels: latest.sorted())
        }
        return CentricityGap(competency: competency, target: target, rounds: rounds, checks: checks.filter { $0.competencyKey == competency.key })
    }
}

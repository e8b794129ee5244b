import Foundation

/// The three Legitimize views.
public enum LegitimizeView: String, Choice {
    /// Customers and team agree: a friction with at least one confirmed link.
    case confirmed
    /// Customers raise it, the team had not: friction or negative feedback no confirmed link explains.
    case blindSpots = "blind-spots"
    /// The team believes it, no customer has said so: an open friction with no confirmed link.
    case unvalidated

    public var label: String {
        switch self {
        case .confirmed: "Confirmed"
        case .blindSpots: "Blind spots"
        case .unvalidated: "Unvalidated"
        }
    }

    public var explanation: String {
        switch self {
        case .confirmed: "Customers and the team agree: frictions the team recorded that customers' words confirm."
        case .blindSpots: "Customers raise it, the team had not: complaints no confirmed friction explains, grouped by theme."
        case .unvalidated: "The team believes it, no customer has said so yet: open frictions without a confirmed link."
        }
    }
}

/// A friction as the board needs it.
public struct BoardFriction: Sendable {
    public let id: UUID
    public let description: String
    public let severity: Int
    public let status: FrictionStatus
    public let recordedOn: CalendarDate?

    public init(id: UUID, description: String, severity: Int, status: FrictionStatus, recordedOn: CalendarDate?) {
        self.id = id
        self.description = description
        self.severity = severity
        self.status = status
        self.recordedOn = recordedOn
    }
}

/// One ranked row of a view.
public struct LegitimizeEntry: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
        case friction(id: UUID, severity: Int, status: FrictionStatus)
        /// Feedback in a theme, or in none (nil).
        case theme(String?)
    }

    public let subject: Subject
    public let title: String
    public let evidence: Evidence
    public let score: PriorityScore
    /// Proposals still waiting for a person, which could move the entry to another view.
    public let openProposals: Int
}

/// Ranks frictions and unexplained feedback into the three views.
public struct LegitimizeBoard: Sendable {
    public let confirmed: [LegitimizeEntry]
    public let blindSpots: [LegitimizeEntry]
    public let unvalidated: [LegitimizeEntry]

    /// - Parameters:
    ///   - frictionEvidence: what confirmed links bring to each friction; a friction absent here has none.
    ///   - unexplained: friction and negative feedback no confirmed link covers, by theme (nil: in no theme).
    ///   - proposals: waiting proposals per friction id and per theme name.
    public init(frictions: [BoardFriction], frictionEvidence: [UUID: Evidence], unexplained: [String?: Evidence],
                frictionProposals: [UUID: Int] = [:], themeProposals: [String: Int] = [:], today: CalendarDate) {
        let largest = max(frictionEvidence.values.map(\.count).max() ?? 0, unexplained.values.map(\.count).max() ?? 0)
        var confirmed: [LegitimizeEntry] = [], unvalidated: [LegitimizeEntry] = []
        for friction in frictions where friction.status != .closed {
            let subject = LegitimizeEntry.Subject.friction(id: friction.id, severity: friction.severity, status: friction.status)
            if let evidence = frictionEvidence[friction.id], evidence.count > 0 {
                confirmed.append(LegitimizeEntry(subject: subject, title: friction.description, evidence: evidence,
                    score: PriorityScore(evidence: evidence, teamSeverity: friction.severity, largestCount: largest, today: today),
                    openProposals: frictionProposals[friction.id] ?? 0))
            } else if friction.status == .open {
                unvalidated.append(LegitimizeEntry(subject: subject, title: friction.description, evidence: Evidence(),
                    score: PriorityScore(evidence: Evidence(), teamSeverity: friction.severity, largestCount: largest, today: today,
                                         recordedOn: friction.recordedOn),
                    openProposals: frictionProposals[friction.id] ?? 0))
            }
        }
        let blind = unexplained.filter { $0.value.count > 0 }.map { theme, evidence in
            LegitimizeEntry(subject: .theme(theme), title: theme.map { "“\($0)”" } ?? "Not in any theme", evidence: evidence,
                            score: PriorityScore(evidence: evidence, teamSeverity: nil, largestCount: largest, today: today),
                            openProposals: theme.flatMap { themeProposals[$0] } ?? 0)
        }
        self.confirmed = Self.ranked(confirmed)
        self.blindSpots = Self.ranked(blind)
        self.unvalidated = Self.ranked(unvalidated)
    }

    public func entries(_ view: LegitimizeView) -> [LegitimizeEntry] {
        switch view {
        case .confirmed: confirmed
        case .blindSpots: blindSpots
        case .unvalidated: unvalidated
        }
    }

    /// Highest priority first; ties by more items, then by title so the order never flickers.
    static func ranked(_ entries: [LegitimizeEntry]) -> [LegitimizeEntry] {
        entries.sorted { lhs, rhs in
            if lhs.score.total != rhs.score.total { return lhs.score.total > rhs.score.total }
            if lhs.evidence.count != rhs.evidence.count { return lhs.evidence.count > rhs.evidence.count }
            return lhs.title < rhs.title
        }
    }
}

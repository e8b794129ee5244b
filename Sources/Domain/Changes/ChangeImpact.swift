import Foundation

/// Something a planned change alters by name: a process or policy, a handoff, a touchpoint, a system, a team.
public enum ChangeSubject: Sendable, Hashable, Comparable {
    case process(UUID)
    case handoff(UUID)
    case touchpoint(UUID)
    case system(UUID)
    case team(UUID)

    /// Parses `kind:ID` as forms and the API send it.
    public init?(formValue: String) {
        guard let (kind, id) = KindAndID.split(formValue) else { return nil }
        switch kind {
        case "process": self = .process(id)
        case "handoff": self = .handoff(id)
        case "touchpoint": self = .touchpoint(id)
        case "system": self = .system(id)
        case "team": self = .team(id)
        default: return nil
        }
    }

    public var kind: String {
        switch self {
        case .process: "process"
        case .handoff: "handoff"
        case .touchpoint: "touchpoint"
        case .system: "system"
        case .team: "team"
        }
    }

    public var id: UUID {
        switch self {
        case .process(let id), .handoff(let id), .touchpoint(let id), .system(let id), .team(let id): id
        }
    }

    public var formValue: String { "\(kind):\(id.uuidString)" }

    public static func < (lhs: ChangeSubject, rhs: ChangeSubject) -> Bool { lhs.formValue < rhs.formValue }
}

/// How hard a change lands on a touchpoint, handoff, team or person; its weight counts towards a team's change load.
public enum ImpactLevel: Int, Sendable, Comparable, CaseIterable, Codable {
    case low = 1, medium = 2, high = 3

    public var label: String {
        switch self {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }

    public var weight: Int { rawValue }
    public var lower: ImpactLevel { ImpactLevel(rawValue: max(rawValue - 1, 1))! }

    public static func < (lhs: ImpactLevel, rhs: ImpactLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Who and what a planned change touches, derived by walking the journey graph from what it alters: the touchpoints
/// behind altered processes and systems, the handoffs into and out of those touchpoints, and the teams and people who
/// own or answer for any of them. Each is reached for stated reasons, and its level is the highest any reason gives.
public enum ChangeImpact {
    /// Why something is affected.
    public enum Reason: Sendable, Hashable, Comparable {
        /// The change names it.
        case altered
        /// A touchpoint that an altered process, policy or system sits behind.
        case behind(ChangeSubject)
        /// A handoff out of (`from`) or into an affected touchpoint.
        case handoffFrom(UUID), handoffInto(UUID)
        /// A team or person that owns, or answers for, something affected.
        case owns(ChangeSubject)
        case accountableFor(handoff: UUID)

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.order < rhs.order }

        private var order: String {
            switch self {
            case .altered: "0"
            case .behind(let subject): "1" + subject.formValue
            case .handoffFrom(let id): "2" + id.uuidString
            case .handoffInto(let id): "3" + id.uuidString
            case .owns(let subject): "4" + subject.formValue
            case .accountableFor(let id): "5" + id.uuidString
            }
        }
    }

    /// One affected touchpoint, handoff, team or person.
    public struct Affected: Sendable, Equatable {
        public let id: UUID
        public let level: ImpactLevel
        public let reasons: [Reason]
    }

    /// The derived impact, each list highest level first.
    public struct Result: Sendable, Equatable {
        public let touchpoints: [Affected]
        public let handoffs: [Affected]
        public let teams: [Affected]
        /// People named as accountable for an affected handoff (the people of affected teams are found in the records).
        public let people: [Affected]

        public var isEmpty: Bool { touchpoints.isEmpty && handoffs.isEmpty && teams.isEmpty && people.isEmpty }
        public func level(ofTeam id: UUID) -> ImpactLevel? { teams.first { $0.id == id }?.level }
    }

    /// Derives the impact of altering `subjects` in `graph`. Subjects the graph does not hold are ignored (a deleted record).
    public static func derive(_ subjects: [ChangeSubject], in graph: JourneyGraph) -> Result {
        var walk = ImpactWalk(graph: graph)
        for subject in Set(subjects).sorted() { walk.alter(subject) }
        walk.reachHandoffs()
        walk.reachOwners()
        return walk.result
    }
}

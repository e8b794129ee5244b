import Foundation

/// The part of an organization's journeys a planned change is traced through: who owns each touchpoint, which
/// touchpoints each process, policy and system sits behind, and the handoffs between touchpoints.
public struct JourneyGraph: Sendable, Equatable {
    public struct Touchpoint: Sendable, Equatable {
        public let owningTeamID: UUID
        public init(owningTeamID: UUID) { self.owningTeamID = owningTeamID }
    }

    /// A process, policy or system: its owner and the touchpoints it sits behind.
    public struct Backstage: Sendable, Equatable {
        public let ownerTeamID: UUID?
        public let touchpointIDs: [UUID]
        public init(ownerTeamID: UUID?, touchpointIDs: [UUID]) { (self.ownerTeamID, self.touchpointIDs) = (ownerTeamID, touchpointIDs) }
    }

    public struct Handoff: Sendable, Equatable {
        public let fromTouchpointID: UUID
        public let toTouchpointID: UUID
        public let accountableTeamID: UUID?
        public let accountablePersonID: UUID?

        public init(from: UUID, to: UUID, accountableTeamID: UUID? = nil, accountablePersonID: UUID? = nil) {
            (fromTouchpointID, toTouchpointID) = (from, to)
            (self.accountableTeamID, self.accountablePersonID) = (accountableTeamID, accountablePersonID)
        }
    }

    public var touchpoints: [UUID: Touchpoint]
    public var processes: [UUID: Backstage]
    public var systems: [UUID: Backstage]
    public var handoffs: [UUID: Handoff] { didSet { handoffsAt = Self.index(handoffs) } }
    /// The handoffs into or out of each touchpoint, so a walk visits only those of the touchpoints it reached.
    private(set) var handoffsAt: [UUID: [UUID]] = [:]
    public var teams: Set<UUID>

    public init(touchpoints: [UUID: Touchpoint] = [:], processes: [UUID: Backstage] = [:], systems: [UUID: Backstage] = [:],
                handoffs: [UUID: Handoff] = [:], teams: Set<UUID> = []) {
        (self.touchpoints, self.processes, self.systems, self.handoffs, self.teams) = (touchpoints, processes, systems, handoffs, teams)
        handoffsAt = Self.index(handoffs)
    }

    private static func index(_ handoffs: [UUID: Handoff]) -> [UUID: [UUID]] {
        var index: [UUID: [UUID]] = [:]
        for (id, handoff) in handoffs {
            index[handoff.fromTouchpointID, default: []].append(id)
            if handoff.toTouchpointID != handoff.fromTouchpointID { index[handoff.toTouchpointID, default: []].append(id) }
        }
        return index
    }
}

/// One walk of `ChangeImpact.derive`: collects each affected thing's level and reasons.
struct ImpactWalk {
    let graph: JourneyGraph
    private var touchpoints: [UUID: Found] = [:], handoffs: [UUID: Found] = [:], teams: [UUID: Found] = [:], people: [UUID: Found] = [:]

    struct Found {
        var level: ImpactLevel
        var reasons: Set<ChangeImpact.Reason>
    }

    init(graph: JourneyGraph) { self.graph = graph }

    mutating func alter(_ subject: ChangeSubject) {
        switch subject {
        case .touchpoint(let id) where graph.touchpoints[id] != nil: Self.note(&touchpoints, id, .high, .altered)
        case .handoff(let id) where graph.handoffs[id] != nil: Self.note(&handoffs, id, .high, .altered)
        case .team(let id) where graph.teams.contains(id): Self.note(&teams, id, .high, .altered)
        case .process(let id):
            if let process = graph.processes[id] { behind(process, subject) }
        case .system(let id):
            if let system = graph.systems[id] { behind(system, subject) }
        default: break
        }
    }

    /// What happens at a touchpoint changes when the process or system behind it does; its owner is told first.
    private mutating func behind(_ backstage: JourneyGraph.Backstage, _ subject: ChangeSubject) {
        if let owner = backstage.ownerTeamID, graph.teams.contains(owner) { Self.note(&teams, owner, .high, .owns(subject)) }
        for id in backstage.touchpointIDs where graph.touchpoints[id] != nil { Self.note(&touchpoints, id, .medium, .behind(subject)) }
    }

    /// Handoffs into and out of an affected touchpoint carry the change to the next team, one level lower.
    mutating func reachHandoffs() {
        let reached = Set(touchpoints.keys.flatMap { graph.handoffsAt[$0] ?? [] })
        for id in reached {
            guard let handoff = graph.handoffs[id] else { continue }
            if let from = touchpoints[handoff.fromTouchpointID] { Self.note(&handoffs, id, from.level.lower, .handoffFrom(handoff.fromTouchpointID)) }
            if let to = touchpoints[handoff.toTouchpointID] { Self.note(&handoffs, id, to.level.lower, .handoffInto(handoff.toTouchpointID)) }
        }
    }

    /// The teams owning affected touchpoints, and the teams and people accountable for affected handoffs, at their level.
    mutating func reachOwners() {
        for (id, found) in touchpoints {
            if let owner = graph.touchpoints[id]?.owningTeamID, graph.teams.contains(owner) {
                Self.note(&teams, owner, found.level, .owns(.touchpoint(id)))
            }
        }
        for (id, found) in handoffs {
            guard let handoff = graph.handoffs[id] else { continue }
            if let team = handoff.accountableTeamID, graph.teams.contains(team) { Self.note(&teams, team, found.level, .accountableFor(handoff: id)) }
            if let person = handoff.accountablePersonID { Self.note(&people, person, found.level, .accountableFor(handoff: id)) }
        }
    }

    var result: ChangeImpact.Result {
        ChangeImpact.Result(touchpoints: Self.listed(touchpoints), handoffs: Self.listed(handoffs), teams: Self.listed(teams), people: Self.listed(people))
    }

    private static func note(_ found: inout [UUID: Found], _ id: UUID, _ level: ImpactLevel, _ reason: ChangeImpact.Reason) {
        found[id, default: Found(level: level, reasons: [])].reasons.insert(reason)
        found[id]!.level = max(found[id]!.level, level)
    }

    private static func listed(_ found: [UUID: Found]) -> [ChangeImpact.Affected] {
        found.map { ChangeImpact.Affected(id: $0.key, level: $0.value.level, reasons: $0.value.reasons.sorted()) }
            .sorted { ($1.level, $0.id.uuidString) < ($0.level, $1.id.uuidString) }
    }
}

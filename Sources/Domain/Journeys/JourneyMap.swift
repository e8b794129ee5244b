import Foundation

/// How strongly a touchpoint is tinted on the map, from its worst open friction.
public enum FrictionHeat: String, Sendable, Equatable {
    case none, low, medium, high

    public init(worstSeverity: Int?) {
        switch worstSeverity {
        case nil: self = .none
        case .some(...2): self = .low
        case .some(3): self = .medium
        default: self = .high
        }
    }
}

/// A handoff as drawn on the map, with its owner resolved to a name.
public struct HandoffLine: Sendable, Equatable {
    public let handoff: Stored<Handoff>
    public let fromName: String
    public let toName: String
    /// The accountable team's or person's name; nil when nobody is accountable.
    public let ownerName: String?
    public let openFrictionCount: Int

    public var isUnowned: Bool { handoff.isUnowned }
    public var customerRepeats: Bool { handoff.customerRepeats }
}

/// One touchpoint card: what the customer meets, who owns it, and how much open friction it has.
public struct TouchpointCard: Sendable, Equatable {
    public let touchpoint: Stored<Touchpoint>
    public let teamName: String
    public let openFrictionCount: Int
    public let worstSeverity: Int?
    public let outgoing: [HandoffLine]

    public var heat: FrictionHeat { FrictionHeat(worstSeverity: worstSeverity) }
}

public struct StageColumn: Sendable, Equatable {
    public let stage: Stored<Stage>
    public let cards: [TouchpointCard]
}

/// What sits behind one touchpoint: its processes and policies, handoffs and frictions.
public struct Backstage: Sendable, Equatable {
    public let card: TouchpointCard
    public let processes: [(Stored<ProcessPolicy>, ownerName: String?)]
    public let incoming: [HandoffLine]
    /// Open and past frictions on the touchpoint itself, its handoffs and its processes.
    public let frictions: [Stored<FrictionPoint>]

    public static func == (lhs: Backstage, rhs: Backstage) -> Bool {
        lhs.card == rhs.card && lhs.incoming == rhs.incoming && lhs.frictions == rhs.frictions
            && lhs.processes.map(\.0) == rhs.processes.map(\.0)
    }
}

/// Everything the journey map shows, computed from the journey's records.
public struct JourneyMap: Sendable {
    public let journey: Stored<Journey>
    public let columns: [StageColumn]
    public let handoffs: [HandoffLine]
    let processes: [Stored<ProcessPolicy>]
    let frictions: [Stored<FrictionPoint>]
    let names: NameBook

    public init(journey: Stored<Journey>, stages: [Stored<Stage>], touchpoints: [Stored<Touchpoint>],
                handoffs: [Stored<Handoff>], processes: [Stored<ProcessPolicy>],
                frictions: [Stored<FrictionPoint>], names: NameBook) {
        self.journey = journey
        self.processes = processes
        self.frictions = frictions
        self.names = names
        let touchpointNames = Dictionary(touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let open = frictions.filter { $0.status == .open }
        let lines = handoffs.map { handoff in
            HandoffLine(handoff: handoff,
                        fromName: touchpointNames[handoff.fromTouchpointID] ?? "Another journey",
                        toName: touchpointNames[handoff.toTouchpointID] ?? "Another journey",
                        ownerName: handoff.accountableTeamID.flatMap { names.teams[$0] }
                            ?? handoff.accountablePersonID.flatMap { names.people[$0] },
                        openFrictionCount: open.filter { $0.target == .handoff(handoff.id) }.count)
        }
        self.handoffs = lines
        self.columns = stages.sorted { $0.position < $1.position }.map { stage in
            let cards = touchpoints.filter { $0.stageID == stage.id }
                .sorted { $0.position < $1.position }
                .map { touchpoint in
                    let own = open.filter { $0.target == .touchpoint(touchpoint.id) }
                    return TouchpointCard(touchpoint: touchpoint,
                                          teamName: names.teams[touchpoint.owningTeamID] ?? "No team",
                                          openFrictionCount: own.count,
                                          worstSeverity: own.map(\.severity).max(),
                                          outgoing: lines.filter { $0.handoff.fromTouchpointID == touchpoint.id })
                }
            return StageColumn(stage: stage, cards: cards)
        }
    }

    public var touchpointCount: Int { columns.reduce(0) { $0 + $1.cards.count } }
    public var unownedHandoffCount: Int { handoffs.filter(\.isUnowned).count }
    public var repeatHandoffCount: Int { handoffs.filter(\.customerRepeats).count }
    public var openFrictionCount: Int { frictions.filter { $0.status == .open }.count }

    /// The backstage of one touchpoint on this map, or nil when it is not on the map.
    public func backstage(of touchpointID: UUID) -> Backstage? {
        guard let card = columns.lazy.flatMap(\.cards).first(where: { $0.touchpoint.id == touchpointID }) else {
            return nil
        }
        let linked = processes.filter { $0.touchpointIDs.contains(touchpointID) }
        let incoming = handoffs.filter { $0.handoff.toTouchpointID == touchpointID }
        let handoffIDs = Set((card.outgoing + incoming).map(\.handoff.id))
        let processIDs = Set(linked.map(\.id))
        let related = frictions.filter { friction in
            switch friction.target {
            case .touchpoint(let id): id == touchpointID
            case .handoff(let id): handoffIDs.contains(id)
            case .process(let id): processIDs.contains(id)
            }
        }
        let ordered = related.sorted {
            ($0.status == .open ? 0 : 1, -$0.severity) < ($1.status == .open ? 0 : 1, -$1.severity)
        }
        return Backstage(card: card,
                         processes: linked.map { ($0, $0.ownerTeamID.flatMap { names.teams[$0] }) },
                         incoming: incoming, frictions: ordered)
    }
}

/// Display names of teams and people, looked up by id.
public struct NameBook: Sendable, Equatable {
    public var teams: [UUID: String]
    public var people: [UUID: String]

    public init(teams: [UUID: String] = [:], people: [UUID: String] = [:]) {
        self.teams = teams
        self.people = people
    }
}

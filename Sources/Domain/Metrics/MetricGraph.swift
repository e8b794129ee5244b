import Foundation

/// How a team is rewarded for a KPI: for it going up, going down, or staying within a range.
public enum RewardedDirection: String, Choice {
    case up, down, range

    public var label: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .range: "Within a range"
        }
    }

    /// Which way the KPI's value moves when its declared effects happen: its rewarded way, or rising for a range.
    var valueSign: Int { self == .down ? -1 : 1 }
}

/// Which way one thing moves another: up or down.
public enum EffectSign: String, Choice {
    case raises, lowers

    public var label: String { self == .raises ? "Pushes it up" : "Pushes it down" }
    public var value: Int { self == .raises ? 1 : -1 }
    public init(_ value: Int) { self = value >= 0 ? .raises : .lowers }
    public static func * (lhs: EffectSign, rhs: EffectSign) -> EffectSign { EffectSign(lhs.value * rhs.value) }
}

/// What a declared effect moves: a customer outcome, or another KPI.
public enum MetricTarget: Hashable, Sendable {
    case outcome(UUID)
    case kpi(UUID)
}

/// The signed graph the teams declared: KPIs, and what each does (moved the way its team is rewarded for,
/// or rising for a range KPI) to customer outcomes and other KPIs. It finds every path from a KPI to an
/// outcome, hop by hop, and the sign the outcome is pushed with.
public struct MetricGraph: Sendable {
    public struct KPI: Sendable, Equatable {
        public let id: UUID, teamID: UUID, name: String, rewarded: RewardedDirection

        public init(id: UUID, teamID: UUID, name: String, rewarded: RewardedDirection) {
            (self.id, self.teamID, self.name, self.rewarded) = (id, teamID, name, rewarded)
        }
    }

    public struct Effect: Sendable, Equatable {
        public let from: UUID, to: MetricTarget, sign: EffectSign, reason: String

        public init(from: UUID, to: MetricTarget, sign: EffectSign, reason: String) {
            (self.from, self.to, self.sign, self.reason) = (from, to, sign, reason)
        }
    }

    /// A KPI moved the way its team is rewarded for pushes an outcome `sign`, along `path` (first hop from the KPI).
    public struct Push: Sendable, Equatable {
        public let kpi: UUID, outcome: UUID, sign: EffectSign, path: [Effect]
    }

    /// Chains longer than this are not followed: a declared graph is read by people, hop by hop.
    public static let maxHops = 5

    public let kpis: [UUID: KPI]
    let effects: [UUID: [Effect]]

    public init(kpis: [KPI], effects: [Effect]) {
        self.kpis = Dictionary(kpis.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(kpis.map(\.id))
        self.effects = Dictionary(grouping: effects.filter { known.contains($0.from) }, by: \.from)
    }

    /// Every push of every KPI on every outcome, along simple paths (no KPI twice), shortest first per KPI.
    public func pushes() -> [Push] {
        kpis.keys.sorted().flatMap { pushes(from: $0) }
    }

    /// The pushes of one KPI, shortest paths first.
    public func pushes(from kpi: UUID) -> [Push] {
        var found: [Push] = []
        var frontier: [(at: UUID, sign: EffectSign, path: [Effect])] = [(kpi, .raises, [])]
        while !frontier.isEmpty {
            var next: [(at: UUID, sign: EffectSign, path: [Effect])] = []
            for (at, sign, path) in frontier {
                for effect in effects[at] ?? [] {
                    let moved = sign * effect.sign
                    switch effect.to {
                    case .outcome(let outcome):
                        found.append(Push(kpi: kpi, outcome: outcome, sign: moved, path: path + [effect]))
                    case .kpi(let driven):
                        guard path.count + 1 < Self.maxHops, driven != kpi, !path.contains(where: { $0.from == driven }),
                              let target = kpis[driven] else { continue }
                        // The driven KPI's own effects are declared for it moving its rewarded way (rising, for a range).
                        next.append((driven, moved * EffectSign(target.rewarded.valueSign), path + [effect]))
                    }
                }
            }
            frontier = next
        }
        return found
    }
}

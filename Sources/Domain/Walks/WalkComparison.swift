import Foundation

/// Two walks of one journey side by side, touchpoint by touchpoint: the time each took, and the friction
/// each found that the other did not (the same kind on the same touchpoint counts as found by both).
public struct WalkComparison: Sendable, Equatable {
    public struct Hypothesis: Sendable, Equatable {
        public let id: UUID
        public let kind: FrictionKind
        public let description: String

        public init(id: UUID, kind: FrictionKind, description: String) {
            (self.id, self.kind, self.description) = (id, kind, description)
        }
    }

    public struct Row: Sendable, Equatable {
        public let touchpointID: UUID
        public let name: String
        public let minutes: (Int?, Int?)
        public let onlyFirst: [Hypothesis]
        public let onlySecond: [Hypothesis]
        public let both: [FrictionKind]

        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.touchpointID == rhs.touchpointID && lhs.minutes == rhs.minutes && lhs.onlyFirst == rhs.onlyFirst && lhs.onlySecond == rhs.onlySecond
                && lhs.both == rhs.both && lhs.name == rhs.name
        }

        /// Minutes the second walk took beyond the first; nil unless both timed it.
        public var difference: Int? { minutes.0.flatMap { first in minutes.1.map { $0 - first } } }
    }

    public let rows: [Row]

    /// `touchpoints` in journey order; each walk's minutes and hypotheses by touchpoint.
    public static func compare(touchpoints: [(id: UUID, name: String)], first: (minutes: [UUID: Int], found: [UUID: [Hypothesis]]),
                               second: (minutes: [UUID: Int], found: [UUID: [Hypothesis]])) -> WalkComparison {
        WalkComparison(rows: touchpoints.map { touchpoint in
            let a = first.found[touchpoint.id] ?? [], b = second.found[touchpoint.id] ?? []
            let kindsA = Set(a.map(\.kind)), kindsB = Set(b.map(\.kind))
            return Row(touchpointID: touchpoint.id, name: touchpoint.name, minutes: (first.minutes[touchpoint.id], second.minutes[touchpoint.id]),
                       onlyFirst: a.filter { !kindsB.contains($0.kind) }, onlySecond: b.filter { !kindsA.contains($0.kind) },
                       both: FrictionKind.allCases.filter { kindsA.contains($0) && kindsB.contains($0) })
        })
    }

    public var totalMinutes: (Int, Int) {
        (rows.compactMap(\.minutes.0).reduce(0, +), rows.compactMap(\.minutes.1).reduce(0, +))
    }
}

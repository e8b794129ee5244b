import Domain
import Foundation

/// A walk's page: the journey's touchpoints in the customer's order, each with how long it took, what
/// worked and the friction hypotheses found there, with forms to note each as the walk goes on.
public struct WalkModel: Sendable {
    public struct Step: Sendable, Equatable {
        public let touchpointID: UUID
        public let name: String
        public let stage: String
        public let minutes: Int?
        public let worked: String
        public let hypotheses: [(id: UUID, kind: FrictionKind, description: String, severity: Int, confirmed: Int)]

        public init(touchpointID: UUID, name: String, stage: String, minutes: Int?, worked: String,
                    hypotheses: [(id: UUID, kind: FrictionKind, description: String, severity: Int, confirmed: Int)]) {
            (self.touchpointID, self.name, self.stage, self.minutes, self.worked, self.hypotheses) = (touchpointID, name, stage, minutes, worked, hypotheses)
        }

        public static func == (lhs: Step, rhs: Step) -> Bool {
            lhs.touchpointID == rhs.touchpointID && lhs.minutes == rhs.minutes && lhs.worked == rhs.worked && lhs.hypotheses.map(\.id) == rhs.hypotheses.map(\.id)
        }
    }

    public let slug: String
    public let id: UUID
    public let walk: JourneyWalk
    public let journeyName: String
    public let steps: [Step]
    public let others: [(id: UUID, label: String)]
    public let canNote: Bool

    public init(slug: String, id: UUID, walk: JourneyWalk, journeyName: String, steps: [Step], others: [(id: UUID, label: String)], canNote: Bool) {
        (self.slug, self.id, self.walk, self.journeyName, self.steps, self.others, self.canNote) = (slug, id, walk, journeyName, steps, others, canNote)
    }

    var lead: String {
        "\(walk.mode.label)\(walk.channel.map { " by \($0.label.lowercased())" } ?? "") on \(walk.date), by \(walk.participants)."
    }

    var timed: (minutes: Int, steps: Int) { (steps.compactMap(\.minutes).reduce(0, +), steps.filter { $0.minutes != nil }.count) }

    func path(_ step: RecordStep) -> String { Paths.step(slug, .walks, id, step) }
}

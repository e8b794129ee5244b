import Domain
import Foundation

/// The alignment index as the Overview shows it: the figure, how much of the formula it rests on, each component with
/// its value and a link to the records behind it, and the months before.
public struct AlignmentPanelModel: Sendable {
    public struct Row: Sendable, Equatable {
        public let component: AlignmentIndex.Component
        public let url: String

        public init(component: AlignmentIndex.Component, url: String) { (self.component, self.url) = (component, url) }
    }

    public let slug: String
    public let month: String
    public let value: Int?
    public let coverage: Int
    public let rows: [Row]
    public let history: [(month: String, value: Int?)]
    public let canRecompute: Bool
    /// The teams where the index is lowest this month, once the monthly job has kept the teams' figures.
    public var teams: [TeamRow] = []

    public struct TeamRow: Sendable, Equatable {
        public let id: UUID, name: String, value: Int, weakest: String
        public init(id: UUID, name: String, value: Int, weakest: String) { (self.id, self.name, self.value, self.weakest) = (id, name, value, weakest) }
    }

    public init(slug: String, month: String, index: AlignmentIndex, urls: (AlignmentMeasure) -> String, history: [(month: String, value: Int?)],
                canRecompute: Bool) {
        (self.slug, self.month, self.value, self.coverage) = (slug, month, index.value, index.coverage)
        rows = index.components.map { Row(component: $0, url: urls($0.measure)) }
        (self.history, self.canRecompute) = (history, canRecompute)
    }

    /// The components needing attention first: lowest value first, those with nothing to measure last.
    public var weakest: [Row] {
        rows.filter { $0.component.value != nil }.sorted { ($0.component.value!, $0.component.measure.rawValue) < ($1.component.value!, $1.component.measure.rawValue) }
    }
}

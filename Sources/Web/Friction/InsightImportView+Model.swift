import Domain
import Foundation

/// The page that imports a TheyDo insights file as friction points of one journey: first the journey,
/// then the file and its defaults; after sending, what was created and updated, or every problem.
public struct InsightImportModel: Sendable {
    public struct Option: Sendable, Equatable {
        public let id: UUID
        public let name: String

        public init(id: UUID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct Result: Sendable, Equatable {
        public let created: Int, updated: Int, unchanged: Int
        public let notes: [String]
        public let checkedOnly: Bool

        public init(created: Int, updated: Int, unchanged: Int, notes: [String], checkedOnly: Bool) {
            (self.created, self.updated, self.unchanged, self.notes, self.checkedOnly) = (created, updated, unchanged, notes, checkedOnly)
        }
    }

    public let slug: String
    public let journeys: [Option]
    public let journeyID: UUID?
    /// The chosen journey's touchpoints, for the default.
    public let touchpoints: [Option]
    public var defaultTouchpointID: UUID?
    public var kind: FrictionKind = .effort
    public var checkOnly = false
    public var result: Result?
    /// Why the file was refused: one line each, naming line and property.
    public var problems: [String] = []

    public init(slug: String, journeys: [Option], journeyID: UUID?, touchpoints: [Option]) {
        self.slug = slug
        self.journeys = journeys
        self.journeyID = journeyID
        self.touchpoints = touchpoints
    }

    var journeyName: String? { journeys.first { $0.id == journeyID }?.name }
}

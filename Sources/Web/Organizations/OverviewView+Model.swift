import Domain
import Foundation
import Plot

/// The figures on an organization's overview page.
public struct OverviewModel: Sendable {
    public struct TeamRow: Sendable {
        public let id: UUID, name: String, function: TeamFunction, touchpoints: Int
        public init(id: UUID, name: String, function: TeamFunction, touchpoints: Int) {
            self.id = id; self.name = name; self.function = function; self.touchpoints = touchpoints
        }
    }

    public struct JourneyRow: Sendable {
        public let id: UUID, name: String, segment: String, stages: Int, touchpoints: Int
        public init(id: UUID, name: String, segment: String, stages: Int, touchpoints: Int) {
            self.id = id; self.name = name; self.segment = segment; self.stages = stages; self.touchpoints = touchpoints
        }
    }

    public let organization: Stored<Organization>
    public let teams: [TeamRow]
    public let journeys: [JourneyRow]
    public let goals: [Stored<StrategyGoal>]
    public let unownedHandoffs: Int
    public let repeatHandoffs: Int
    public let openFrictionsByKind: [FrictionKind: Int]
    public let people: Int
    public let customers: Int
    public let processes: Int
    /// The alignment index, first on the page: the Overview is the organization's alignment home.
    public var alignment: AlignmentPanelModel?
    /// How many teams and journeys there are; the lists show the first of them.
    public var teamCount: Int
    public var journeyCount: Int

    public init(organization: Stored<Organization>, teams: [TeamRow], journeys: [JourneyRow], goals: [Stored<StrategyGoal>],
                unownedHandoffs: Int, repeatHandoffs: Int, openFrictionsByKind: [FrictionKind: Int],
                people: Int, customers: Int, processes: Int) {
        self.organization = organization
        self.teams = teams
        self.journeys = journeys
        self.goals = goals
        self.unownedHandoffs = unownedHandoffs
        self.repeatHandoffs = repeatHandoffs
        self.openFrictionsByKind = openFrictionsByKind
        self.people = people
        self.customers = customers
        self.processes = processes
        self.teamCount = teams.count
        self.journeyCount = journeys.count
    }

    public var openFrictions: Int { openFrictionsByKind.values.reduce(0, +) }
}

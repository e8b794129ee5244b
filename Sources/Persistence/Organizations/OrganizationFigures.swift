import Domain
import FluentKit
import Foundation

/// The counts behind an organization's overview page, read with a handful of narrow queries.
public struct OrganizationFigures: Sendable {
    public var teams: [(team: Stored<Team>, touchpoints: Int)]
    public var journeys: [(journey: Stored<Journey>, stages: Int, touchpoints: Int)]
    public var goals: [Stored<StrategyGoal>]
    public var unownedHandoffs: Int
    public var repeatHandoffs: Int
    public var openFrictionsByKind: [FrictionKind: Int]
    public var people: Int
    public var customers: Int
    public var processes: Int

    public static func load(organizationID org: UUID, on db: any Database) async throws -> OrganizationFigures {
        let teams = try await RecordStore<TeamRecord>(db: db, organizationID: org).all()
        let journeys = try await RecordStore<JourneyRecord>(db: db, organizationID: org).all()
        let goals = try await RecordStore<StrategyGoalRecord>(db: db, organizationID: org).all()
        let touchpointTeams = try await TouchpointRecord.query(on: db).filter(\.$organizationID == org).all(\.$owningTeamID)
        let touchpointJourneys = try await TouchpointRecord.query(on: db).filter(\.$organizationID == org).all(\.$journeyID)
        let stageJourneys = try await StageRecord.query(on: db).filter(\.$organizationID == org).all(\.$journeyID)
        let handoffs = HandoffRecord.query(on: db).filter(\.$organizationID == org)
        let unowned = try await handoffs.copy().filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil).count()
        let repeats = try await handoffs.copy().filter(\.$customerRepeats == true).count()
        let openKinds = try await FrictionRecord.query(on: db).filter(\.$organizationID == org)
            .filter(\.$status == FrictionStatus.open.rawValue).all(\.$kind)
        return OrganizationFigures(
            teams: teams.map { team in (team, touchpointTeams.filter { $0 == team.id }.count) },
            journeys: journeys.map { journey in
                (journey, stageJourneys.filter { $0 == journey.id }.count, touchpointJourneys.filter { $0 == journey.id }.count)
            },
            goals: goals,
            unownedHandoffs: unowned,
            repeatHandoffs: repeats,
            openFrictionsByKind: openKinds.reduce(into: [:]) { tally, kind in
                if let kind = FrictionKind(rawValue: kind) { tally[kind, default: 0] += 1 }
            },
            people: try await PersonRecord.query(on: db).filter(\.$organizationID == org).count(),
            customers: try await CustomerRecord.query(on: db).filter(\.$organizationID == org).count(),
            processes: try await ProcessRecord.query(on: db).filter(\.$organizationID == org).count())
    }
}

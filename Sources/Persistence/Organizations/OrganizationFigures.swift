import Domain
import FluentKit
import SQLKit
import Foundation

/// The counts behind an organization's overview page, read with a handful of narrow queries.
public struct OrganizationFigures: Sendable {
    /// The first teams and journeys in list order (`shownAtMost`), with how many there are in all.
    public var teams: [(team: Stored<Team>, touchpoints: Int)]
    public var journeys: [(journey: Stored<Journey>, stages: Int, touchpoints: Int)]
    public var teamCount: Int
    public var journeyCount: Int
    public var goals: [Stored<StrategyGoal>]
    public var unownedHandoffs: Int
    public var repeatHandoffs: Int
    public var openFrictionsByKind: [FrictionKind: Int]
    public var people: Int
    public var customers: Int
    public var processes: Int

    /// Teams and journeys the overview lists; the rest are a link away.
    public static let shownAtMost = 25

    public static func load(organizationID org: UUID, on db: any Database) async throws -> OrganizationFigures {
        let first = Pagination(page: 1, per: shownAtMost)
        let teams = try await RecordStore<TeamRecord>(db: db, organizationID: org).list(page: first)
        let journeys = try await RecordStore<JourneyRecord>(db: db, organizationID: org).list(page: first)
        let goals = try await RecordStore<StrategyGoalRecord>(db: db, organizationID: org).all()
        let touchpointTeams = try await TouchpointRecord.query(on: db).filter(\.$organizationID == org)
            .filter(\.$owningTeamID ~~ teams.items.map(\.id)).all(\.$owningTeamID)
        let journeyIDs = journeys.items.map(\.id)
        let touchpointJourneys = try await TouchpointRecord.query(on: db).filter(\.$organizationID == org).filter(\.$journeyID ~~ journeyIDs).all(\.$journeyID)
        let stageJourneys = try await StageRecord.query(on: db).filter(\.$organizationID == org).filter(\.$journeyID ~~ journeyIDs).all(\.$journeyID)
        let handoffs = HandoffRecord.query(on: db).filter(\.$organizationID == org)
        let unowned = try await handoffs.copy().filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil).count()
        let repeats = try await handoffs.copy().filter(\.$customerRepeats == true).count()
        let openByKind = try await openFrictions(org, on: db)
        let perTeam = counted(touchpointTeams), perJourney = counted(touchpointJourneys), stagesPerJourney = counted(stageJourneys)
        return OrganizationFigures(
            teams: teams.items.map { ($0, perTeam[$0.id] ?? 0) },
            journeys: journeys.items.map { ($0, stagesPerJourney[$0.id] ?? 0, perJourney[$0.id] ?? 0) },
            teamCount: teams.total, journeyCount: journeys.total,
            goals: goals,
            unownedHandoffs: unowned,
            repeatHandoffs: repeats,
            openFrictionsByKind: openByKind,
            people: try await PersonRecord.query(on: db).filter(\.$organizationID == org).count(),
            customers: try await CustomerRecord.query(on: db).filter(\.$organizationID == org).count(),
            processes: try await ProcessRecord.query(on: db).filter(\.$organizationID == org).count())
    }

    /// Open frictions per kind, counted in the database: decoding every friction record to read its kind
    /// cost more than the rest of the overview.
    static func openFrictions(_ org: UUID, on db: any Database) async throws -> [FrictionKind: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var result: [FrictionKind: Int] = [:]
        for row in try await sql.raw("""
            SELECT kind, COUNT(*) AS n FROM friction_points WHERE organization_id = \(bind: org) AND status = \(bind: FrictionStatus.open.rawValue)
            GROUP BY kind
            """).all() {
            if let kind = FrictionKind(rawValue: try row.decode(column: "kind", as: String.self)) { result[kind, default: 0] += try row.decode(column: "n", as: Int.self) }
        }
        return result
    }

    static func counted(_ ids: [UUID]) -> [UUID: Int] { ids.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
}

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
        let perTeam = try await countedBy("touchpoints", "owning_team_id", teams.items.map(\.id), on: db)
        let journeyIDs = journeys.items.map(\.id)
        let perJourney = try await countedBy("touchpoints", "journey_id", journeyIDs, on: db)
        let stagesPerJourney = try await countedBy("stages", "journey_id", journeyIDs, on: db)
        let handoffs = HandoffRecord.query(on: db).filter(\.$organizationID == org)
        let unowned = try await handoffs.copy().filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil).count()
        let repeats = try await handoffs.copy().filter(\.$customerRepeats == true).count()
        let openByKind = try await openFrictions(org, on: db)
        return OrganizationFigures(
            teams: teams.items.map { ($0, perTeam[$0.id] ?? 0) },
            journeys: journeys.items.map { ($0, stagesPerJourney[$0.id] ?? 0, perJourney[$0.id] ?? 0) },
            teamCount: teams.total, journeyCount: journeys.total,
            goals: goals,
            unownedHandoffs: unowned,
            repeatHandoffs: repeats,
            openFrictionsByKind: openByKind,
            people: try await PersonRecord.query(on: db).filter(\.$organizationID == org).count(\.$organizationID),
            customers: try await CustomerRecord.query(on: db).filter(\.$organizationID == org).count(\.$organizationID),
            processes: try await ProcessRecord.query(on: db).filter(\.$organizationID == org).count(\.$organizationID))
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

    /// Rows of `table` per value of `column` among `ids` (records of this organization), counted in the
    /// database: decoding the records to count them was most of the overview's time. Not narrowed by
    /// organization as well: given both, SQLite read every row of the organization instead of using the
    /// index on `column`.
    static func countedBy(_ table: String, _ column: String, _ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard let sql = db as? any SQLDatabase, !ids.isEmpty else { return [:] }
        var result: [UUID: Int] = [:]
        for row in try await sql.raw("""
            SELECT \(ident: column) AS k, COUNT(*) AS n FROM \(ident: table) WHERE \(ident: column) IN (\(binds: ids))
            GROUP BY \(ident: column)
            """).all() {
            result[try row.decode(column: "k", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
        }
        return result
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// The operational signals of every team at once, each from one grouped query or kept figures.
struct HealthSignals {
    let scope: OrgScope
    let today: CalendarDate

    /// Escalations count for this many days back.
    static let escalationDays = 90

    func byTeam() async throws -> (teams: [UUID: TeamHealth.Signals], organization: TeamHealth.Signals) {
        let sql = scope.db as! any SQLDatabase
        let owners = try await touchpointOwners(sql)
        var teams: [UUID: TeamHealth.Signals] = [:]
        try await customer(sql, owners, &teams)
        try await career(sql, &teams)
        let unowned = try await community(sql, owners, &teams)
        let escalations = try await escalations(sql, &teams)
        try await commitments(sql, &teams)
        var whole = teams.values.reduce(TeamHealth.Signals(), +)
        (whole.unownedHandoffs, whole.escalations) = (unowned, escalations)
        return (teams, whole)
    }

    private func touchpointOwners(_ sql: any SQLDatabase) async throws -> [UUID: UUID] {
        let rows = try await sql.raw("SELECT id, owning_team_id FROM touchpoints WHERE organization_id = \(bind: scope.id)").all()
        return Dictionary(try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "owning_team_id", as: UUID.self)) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// NPS, CSAT and negative items from the kept figures of the team's touchpoints; open friction points on them.
    private func customer(_ sql: any SQLDatabase, _ owners: [UUID: UUID], _ teams: inout [UUID: TeamHealth.Signals]) async throws {
        let figures = try await FeedbackFigureStore.read(scope.id, figures: ["nps", "csat", FeedbackFigures.heat], dimension: ScoreDimension.touchpoint.rawValue,
                                                         on: scope.db)
        for (key, count) in figures {
            guard let touchpoint = key.subjectValue.flatMap(UUID.init(uuidString:)), let team = owners[touchpoint] else { continue }
            switch (key.figure, key.detail) {
            case ("nps", let value): teams[team, default: .init()].nps[Int(value) ?? 0, default: 0] += count
            case ("csat", let value): teams[team, default: .init()].csat[Int(value) ?? 0, default: 0] += count
            case (FeedbackFigures.heat, FeedbackFigures.items): teams[team, default: .init()].feedbackItems += count
            case (FeedbackFigures.heat, FeedbackFigures.negative): teams[team, default: .init()].negativeItems += count
            default: break
            }
        }
        for row in try await sql.raw("""
            SELECT t.owning_team_id AS team, COUNT(*) AS n FROM friction_points f JOIN touchpoints t ON t.id = f.touchpoint_id
            WHERE f.organization_id = \(bind: scope.id) AND f.status = \(bind: FrictionStatus.open.rawValue) GROUP BY t.owning_team_id
            """).all() {
            teams[try row.decode(column: "team", as: UUID.self), default: .init()].openFrictions = try row.decode(column: "n", as: Int.self)
        }
    }

    /// Who is here today, and who left in the last twelve months.
    private func career(_ sql: any SQLDatabase, _ teams: inout [UUID: TeamHealth.Signals]) async throws {
        let day = today.description, yearAgo = today.adding(days: -365).description
        for row in try await sql.raw("""
            SELECT team_id, SUM(CASE WHEN left_on IS NULL OR left_on > \(bind: day) THEN 1 ELSE 0 END) AS here,
                   SUM(CASE WHEN left_on > \(bind: yearAgo) AND left_on <= \(bind: day) THEN 1 ELSE 0 END) AS leavers
            FROM people WHERE organization_id = \(bind: scope.id) AND team_id IS NOT NULL GROUP BY team_id
            """).all() {
            let team = try row.decode(column: "team_id", as: UUID.self)
            teams[team, default: .init()].headcount = try row.decode(column: "here", as: Int.self)
            teams[team, default: .init()].leavers = try row.decode(column: "leavers", as: Int.self)
        }
    }
}

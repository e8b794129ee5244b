import Domain
import FluentKit
import Foundation
import SQLKit

/// The operational signals of the teams, each from one grouped query or kept figures: counts for every
/// team (the organization's row sums them), the feedback figures only for the teams asked for.
struct HealthSignals {
    let scope: OrgScope
    let today: CalendarDate

    /// Escalations count for this many days back.
    static let escalationDays = 90

    /// `shown` are the teams whose feedback figures are read: a page's, never all thousand teams' touchpoints.
    func byTeam(shown: [UUID]) async throws -> (teams: [UUID: TeamHealth.Signals], organization: TeamHealth.Signals) {
        let sql = scope.db as! any SQLDatabase
        var teams: [UUID: TeamHealth.Signals] = [:]
        try await openFrictions(sql, &teams)
        try await career(sql, &teams)
        let unowned = try await community(sql, &teams)
        let escalations = try await escalations(sql, &teams)
        try await commitments(sql, &teams)
        var whole = teams.values.reduce(TeamHealth.Signals(), +)
        (whole.unownedHandoffs, whole.escalations) = (unowned, escalations)
        try await teamFigures(sql, shown, &teams)
        try await organizationFigures(sql, &whole)
        return (teams, whole)
    }

    /// Open friction points on the touchpoints each team owns.
    private func openFrictions(_ sql: any SQLDatabase, _ teams: inout [UUID: TeamHealth.Signals]) async throws {
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

import Domain
import FluentKit
import Foundation
import SQLKit

/// The kept counts of a pulse read as plain rows: a thousand teams' tallies are some twenty thousand, so only
/// the counts of every team, the organization's sums and the shown teams' tallies are read.
extension Pulses {
    /// Every asked team's invitations and answers, in the order the pulse names the teams.
    func groupCounts(_ pulseID: UUID) async throws -> [(id: UUID, invited: Int, responses: Int)] {
        try await sql.raw("""
            SELECT g.team_id, g.invited, g.responses FROM pulse_groups g
            LEFT JOIN pulse_teams t ON t.pulse_id = g.pulse_id AND t.team_id = g.team_id WHERE g.pulse_id = \(bind: pulseID)
            ORDER BY CASE WHEN t.position IS NULL THEN 1 ELSE 0 END, t.position, g.team_id
            """).all().map { row in
            (try row.decode(column: "team_id", as: UUID.self), try row.decode(column: "invited", as: Int.self), try row.decode(column: "responses", as: Int.self))
        }
    }

    /// Every asked team's tallies summed per question.
    func organizationTallies(_ pulseID: UUID) async throws -> [UUID: PulseResults.Tally] {
        let rows = try await sql.raw("""
            SELECT item_id, CAST(SUM(answers) AS BIGINT) AS answers, CAST(SUM(favourable) AS BIGINT) AS favourable, CAST(SUM(neutral) AS BIGINT) AS neutral,
                   CAST(SUM(unfavourable) AS BIGINT) AS unfavourable, CAST(SUM(total) AS BIGINT) AS total FROM pulse_tallies
            WHERE pulse_id = \(bind: pulseID) AND team_id IN (SELECT team_id FROM pulse_groups WHERE pulse_id = \(bind: pulseID)) GROUP BY item_id
            """).all()
        return Dictionary(try rows.map { (try $0.decode(column: "item_id", as: UUID.self), try Self.tally($0)) }, uniquingKeysWith: +)
    }

    /// The tallies of `teams` by team and question.
    func talliesByTeam(_ pulseID: UUID, of teams: [UUID]) async throws -> [UUID: [UUID: PulseResults.Tally]] {
        guard !teams.isEmpty else { return [:] }
        var result: [UUID: [UUID: PulseResults.Tally]] = [:]
        for row in try await sql.raw("""
            SELECT team_id, item_id, answers, favourable, neutral, unfavourable, total FROM pulse_tallies
            WHERE pulse_id = \(bind: pulseID) AND team_id IN (\(binds: teams))
            """).all() {
            result[try row.decode(column: "team_id", as: UUID.self), default: [:]][try row.decode(column: "item_id", as: UUID.self)] = try Self.tally(row)
        }
        return result
    }

    /// The names of `teams`, read alone (not whole team records).
    public func teamNames(_ teams: [UUID]) async throws -> [UUID: String] {
        guard !teams.isEmpty else { return [:] }
        let rows = try await sql.raw("SELECT id, name FROM teams WHERE organization_id = \(bind: scope.id) AND id IN (\(binds: teams))").all()
        return Dictionary(try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) },
                          uniquingKeysWith: { first, _ in first })
    }

    private var sql: any SQLDatabase { scope.db as! any SQLDatabase }

    private static func tally(_ row: any SQLRow) throws -> PulseResults.Tally {
        PulseResults.Tally(answers: try row.decode(column: "answers", as: Int.self), favourable: try row.decode(column: "favourable", as: Int.self),
                           neutral: try row.decode(column: "neutral", as: Int.self), unfavourable: try row.decode(column: "unfavourable", as: Int.self),
                           total: try row.decode(column: "total", as: Int.self))
    }
}

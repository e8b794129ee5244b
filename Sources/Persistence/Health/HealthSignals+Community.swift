import Domain
import FluentKit
import Foundation
import SQLKit

extension HealthSignals {
    /// Handoffs a team is accountable for where customers repeat themselves or wait (flagged, or an open
    /// friction point of that kind), and unowned handoffs touching its touchpoints. Returns the unowned count.
    func community(_ sql: any SQLDatabase, _ teams: inout [UUID: TeamHealth.Signals]) async throws -> Int {
        for row in try await sql.raw("""
            SELECT accountable_team_id AS team, COUNT(*) AS n FROM handoffs h WHERE h.organization_id = \(bind: scope.id)
            AND h.accountable_team_id IS NOT NULL AND (h.customer_repeats = \(bind: true) OR h.id IN (
              SELECT handoff_id FROM friction_points WHERE organization_id = \(bind: scope.id) AND status = \(bind: FrictionStatus.open.rawValue)
              AND handoff_id IS NOT NULL AND kind IN (\(binds: [FrictionKind.wait.rawValue, FrictionKind.repeatInformation.rawValue]))))
            GROUP BY h.accountable_team_id
            """).all() {
            teams[try row.decode(column: "team", as: UUID.self), default: .init()].strainedHandoffs = try row.decode(column: "n", as: Int.self)
        }
        // A handoff between two touchpoints of one team counts once for it.
        for row in try await sql.raw("""
            SELECT t.owning_team_id AS team, COUNT(DISTINCT h.id) AS n FROM handoffs h
            JOIN touchpoints t ON t.id = h.from_touchpoint_id OR t.id = h.to_touchpoint_id
            WHERE h.organization_id = \(bind: scope.id) AND h.accountable_team_id IS NULL GROUP BY t.owning_team_id
            """).all() {
            teams[try row.decode(column: "team", as: UUID.self), default: .init()].unownedHandoffs = try row.decode(column: "n", as: Int.self)
        }
        let unowned = try await sql.raw("""
            SELECT COUNT(*) AS n FROM handoffs WHERE organization_id = \(bind: scope.id) AND accountable_team_id IS NULL
            """).first()
        return try unowned?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Escalations of the last 90 days, counted for both teams; returns how many there were.
    func escalations(_ sql: any SQLDatabase, _ teams: inout [UUID: TeamHealth.Signals]) async throws -> Int {
        let since = today.adding(days: -Self.escalationDays).description
        var total = 0
        for column in ["from_team_id", "to_team_id"] {
            total = 0
            for row in try await sql.raw("""
                SELECT \(ident: column) AS team, COUNT(*) AS n FROM escalations WHERE organization_id = \(bind: scope.id) AND date > \(bind: since)
                GROUP BY \(ident: column)
                """).all() {
                let count = try row.decode(column: "n", as: Int.self)
                teams[try row.decode(column: "team", as: UUID.self), default: .init()].escalations += count
                total += count
            }
        }
        return total
    }

    /// Each team's assessed charter commitments and how many were kept.
    func commitments(_ sql: any SQLDatabase, _ teams: inout [UUID: TeamHealth.Signals]) async throws {
        for row in try await sql.raw("""
            SELECT team_id, status, COUNT(*) AS n FROM commitments WHERE organization_id = \(bind: scope.id)
            AND status IS NOT NULL AND status <> \(bind: CommitmentStatus.notAssessed.rawValue) GROUP BY team_id, status
            """).all() {
            let team = try row.decode(column: "team_id", as: UUID.self), count = try row.decode(column: "n", as: Int.self)
            teams[team, default: .init()].commitmentsAssessed += count
            if try row.decode(column: "status", as: String.self) == CommitmentStatus.kept.rawValue { teams[team, default: .init()].commitmentsKept += count }
        }
    }
}

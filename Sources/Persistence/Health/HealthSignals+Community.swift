import Domain
import FluentKit
import Foundation
import SQLKit

extension HealthSignals {
    /// Handoffs a team is accountable for where customers repeat themselves or wait (flagged, or an open
    /// friction point of that kind), and unowned handoffs touching its touchpoints. Returns the unowned count.
    func community(_ sql: any SQLDatabase, _ owners: [UUID: UUID], _ teams: inout [UUID: TeamHealth.Signals]) async throws -> Int {
        let strained = Set(try await sql.raw("""
            SELECT DISTINCT handoff_id FROM friction_points WHERE organization_id = \(bind: scope.id) AND status = \(bind: FrictionStatus.open.rawValue)
            AND handoff_id IS NOT NULL AND kind IN (\(binds: [FrictionKind.wait.rawValue, FrictionKind.repeatInformation.rawValue]))
            """).all().map { try $0.decode(column: "handoff_id", as: UUID.self) })
        var unowned = 0
        for row in try await sql.raw("""
            SELECT id, from_touchpoint_id, to_touchpoint_id, accountable_team_id, customer_repeats FROM handoffs WHERE organization_id = \(bind: scope.id)
            """).all() {
            guard let team = try row.decode(column: "accountable_team_id", as: UUID?.self) else {
                unowned += 1
                let touched = Set([try row.decode(column: "from_touchpoint_id", as: UUID.self), try row.decode(column: "to_touchpoint_id", as: UUID.self)]
                    .compactMap { owners[$0] })
                for team in touched { teams[team, default: .init()].unownedHandoffs += 1 }
                continue
            }
            if try row.decode(column: "customer_repeats", as: Bool.self) || strained.contains(try row.decode(column: "id", as: UUID.self)) {
                teams[team, default: .init()].strainedHandoffs += 1
            }
        }
        return unowned
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

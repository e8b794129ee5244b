import Domain
import Foundation
import SQLKit

/// The declared graph read with plain SQL rows: at 2,000 KPIs, 1,000 effects and 2,000 places, decoding them as Fluent
/// models took a third of the conflicts page's time.
extension Metrics {
    func readKPIs() async throws -> [Stored<KPI>] {
        let sql = scope.db as! any SQLDatabase
        return try await sql.raw("""
            SELECT id, team_id, name, unit, rewarded, target, range_low, range_high, description FROM kpis
            WHERE organization_id = \(bind: scope.id) ORDER BY name, id
            """).all().map { row in
            let content = KPI(teamID: try row.decode(column: "team_id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                              unit: try row.decode(column: "unit", as: String.self),
                              rewarded: RewardedDirection(rawValue: try row.decode(column: "rewarded", as: String.self)) ?? .up,
                              target: try row.decode(column: "target", as: Double?.self), rangeLow: try row.decode(column: "range_low", as: Double?.self),
                              rangeHigh: try row.decode(column: "range_high", as: Double?.self),
                              description: try row.decode(column: "description", as: String.self))
            return Stored(id: try row.decode(column: "id", as: UUID.self), organizationID: scope.id, content: content)
        }
    }

    /// Every declared effect, as the graph reads it, in the order the records list them.
    public func effects() async throws -> [MetricGraph.Effect] {
        let sql = scope.db as! any SQLDatabase
        return try await sql.raw("""
            SELECT kpi_id, outcome_id, driven_kpi_id, sign, reason FROM kpi_effects WHERE organization_id = \(bind: scope.id)
            ORDER BY kpi_id, created_at, id
            """).all().map { row in
            let kpi = try row.decode(column: "kpi_id", as: UUID.self)
            let target: MetricTarget = try row.decode(column: "outcome_id", as: UUID?.self).map(MetricTarget.outcome)
                ?? .kpi(try row.decode(column: "driven_kpi_id", as: UUID?.self) ?? kpi)
            return MetricGraph.Effect(from: kpi, to: target, sign: EffectSign(rawValue: try row.decode(column: "sign", as: String.self)) ?? .raises,
                                      reason: try row.decode(column: "reason", as: String.self))
        }
    }

    /// The outcomes by name, each with its stages and touchpoints in the order they were placed.
    func readOutcomes() async throws -> [Stored<CustomerOutcome>] {
        let sql = scope.db as! any SQLDatabase
        var places: [UUID: (stages: [UUID], touchpoints: [UUID])] = [:]
        for row in try await sql.raw("""
            SELECT p.outcome_id, p.stage_id, p.touchpoint_id FROM outcome_places p JOIN customer_outcomes o ON o.id = p.outcome_id
            WHERE o.organization_id = \(bind: scope.id) ORDER BY p.outcome_id, p.position
            """).all() {
            let outcome = try row.decode(column: "outcome_id", as: UUID.self)
            if let stage = try row.decode(column: "stage_id", as: UUID?.self) { places[outcome, default: ([], [])].stages.append(stage) }
            if let touchpoint = try row.decode(column: "touchpoint_id", as: UUID?.self) { places[outcome, default: ([], [])].touchpoints.append(touchpoint) }
        }
        return try await sql.raw("""
            SELECT id, name, description FROM customer_outcomes WHERE organization_id = \(bind: scope.id) ORDER BY name, id
            """).all().map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let content = CustomerOutcome(name: try row.decode(column: "name", as: String.self), description: try row.decode(column: "description", as: String.self),
                                          stageIDs: places[id]?.stages ?? [], touchpointIDs: places[id]?.touchpoints ?? [])
            return Stored(id: id, organizationID: scope.id, content: content)
        }
    }
}

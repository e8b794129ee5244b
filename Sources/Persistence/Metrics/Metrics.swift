import Domain
import FluentKit
import Foundation
import SQLKit

/// The declared graph read whole (teams declare tens or hundreds of KPIs, not millions), the conflicts found in
/// it, and for each customer outcome what customers said where it is won or lost, from kept figures.
public struct Metrics: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// One customer outcome with its reach: the touchpoints it is placed on (its stages' included), the feedback
    /// and customers heard there, and the friction points there that feedback confirmed.
    public struct Outcome: Sendable {
        public let item: Stored<CustomerOutcome>
        public let touchpoints: [UUID]
        public let feedbackItems: Int, negativeItems: Int, customers: Int
        public let confirmedFrictions: [UUID]

        public var evidence: MetricConflicts.OutcomeEvidence { .init(frictions: confirmedFrictions, negativeItems: negativeItems) }
    }

    public struct Report: Sendable {
        public let kpis: [UUID: Stored<KPI>]
        public let teams: [UUID: String]
        /// By name.
        public let outcomes: [Outcome]
        public let conflicts: MetricConflicts

        public func outcome(_ id: UUID) -> Outcome? { outcomes.first { $0.item.id == id } }
    }

    public func conflicts() async throws -> Report {
        let kpis = try await RecordStore<KPIRecord>(db: scope.db, organizationID: scope.id).all()
        let effects = try await RecordStore<KPIEffectRecord>(db: scope.db, organizationID: scope.id).all()
        var outcomes: [Outcome] = []
        for outcome in try await RecordStore<CustomerOutcomeRecord>(db: scope.db, organizationID: scope.id).all() { outcomes.append(try await reach(outcome)) }
        let graph = MetricGraph(kpis: kpis.map { .init(id: $0.id, teamID: $0.teamID, name: $0.name, rewarded: $0.rewarded) },
                                effects: effects.map { .init(from: $0.kpiID, to: $0.target, sign: $0.sign, reason: $0.reason) })
        let found = MetricConflicts.find(graph, outcomes: outcomes.map(\.item.id),
                                         evidence: Dictionary(outcomes.map { ($0.item.id, $0.evidence) }, uniquingKeysWith: { first, _ in first }))
        let names = try await Pulses(scope: scope).teamNames(Array(Set(kpis.map(\.teamID))))
        return Report(kpis: Dictionary(kpis.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), teams: names, outcomes: outcomes, conflicts: found)
    }

    /// What customers said on the outcome's touchpoints: a handful of touchpoints, read from kept figures and their links.
    func reach(_ outcome: Stored<CustomerOutcome>) async throws -> Outcome {
        let sql = scope.db as! any SQLDatabase
        var touchpoints = outcome.touchpointIDs
        if !outcome.stageIDs.isEmpty {
            touchpoints += try await sql.raw("""
                SELECT id FROM touchpoints WHERE organization_id = \(bind: scope.id) AND stage_id IN (\(binds: outcome.stageIDs))
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
        }
        touchpoints = Array(Set(touchpoints)).sorted()
        guard !touchpoints.isEmpty else {
            return Outcome(item: outcome, touchpoints: [], feedbackItems: 0, negativeItems: 0, customers: 0, confirmedFrictions: [])
        }
        var items = 0, negative = 0
        for row in try await sql.raw("""
            SELECT detail, n FROM feedback_figures WHERE organization_id = \(bind: scope.id) AND figure = \(bind: FeedbackFigures.heat)
            AND dimension = \(bind: ScoreDimension.touchpoint.rawValue) AND subject IN (\(binds: touchpoints.map { FigureKey.encode($0.uuidString) }))
            """).all() {
            let n = try row.decode(column: "n", as: Int.self)
            if try row.decode(column: "detail", as: String.self) == FeedbackFigures.negative { negative += n } else { items += n }
        }
        return Outcome(item: outcome, touchpoints: touchpoints, feedbackItems: items, negativeItems: negative,
                       customers: try await customers(sql, touchpoints), confirmedFrictions: try await confirmedFrictions(sql, touchpoints))
    }

    /// Customers whose feedback was placed on these touchpoints.
    private func customers(_ sql: any SQLDatabase, _ touchpoints: [UUID]) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(DISTINCT i.customer_id) AS n FROM feedback_touchpoints l JOIN feedback_items i ON i.id = l.feedback_id
            WHERE l.touchpoint_id IN (\(binds: touchpoints)) AND i.customer_id IS NOT NULL
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Open friction points on these touchpoints that at least one confirmed feedback link stands behind.
    private func confirmedFrictions(_ sql: any SQLDatabase, _ touchpoints: [UUID]) async throws -> [UUID] {
        try await sql.raw("""
            SELECT f.id FROM friction_points f JOIN feedback_figures c ON c.organization_id = f.organization_id
              AND c.figure = \(bind: FeedbackFigures.confirmed) AND c.dimension = \(bind: FeedbackFigures.friction)
              AND c.subject = '+' || UPPER(CAST(f.id AS TEXT)) AND c.detail = \(bind: FeedbackFigures.items) AND c.n > 0
            WHERE f.organization_id = \(bind: scope.id) AND f.status = \(bind: FrictionStatus.open.rawValue) AND f.touchpoint_id IN (\(binds: touchpoints))
            ORDER BY f.id
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }
}

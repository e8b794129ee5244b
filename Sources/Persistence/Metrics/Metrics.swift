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
    /// heard there, and the friction points there that feedback confirmed. Customers are counted (from the feedback
    /// rows, not a kept figure) only for the outcomes a page shows: zero until `withCustomers` counts them.
    public struct Outcome: Sendable {
        public let item: Stored<CustomerOutcome>
        public let touchpoints: [UUID]
        public let feedbackItems: Int, negativeItems: Int
        public internal(set) var customers = 0
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
        let kpis = try await readKPIs()
        let effects = try await effects()
        let outcomes = try await reach(try await readOutcomes())
        let graph = MetricGraph(kpis: kpis.map { .init(id: $0.id, teamID: $0.teamID, name: $0.name, rewarded: $0.rewarded) },
                                effects: effects)
        let found = MetricConflicts.find(graph, outcomes: outcomes.map(\.item.id),
                                         evidence: Dictionary(outcomes.map { ($0.item.id, $0.evidence) }, uniquingKeysWith: { first, _ in first }))
        let names = try await Pulses(scope: scope).teamNames(Array(Set(kpis.map(\.teamID))))
        return Report(kpis: Dictionary(kpis.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), teams: names, outcomes: outcomes, conflicts: found)
    }

    /// What customers said on each outcome's touchpoints: the touchpoints of all outcomes are read together, from kept
    /// figures and their links, in one query per kind of evidence, however many outcomes there are.
    func reach(_ outcomes: [Stored<CustomerOutcome>]) async throws -> [Outcome] {
        let sql = scope.db as! any SQLDatabase
        let stages = Array(Set(outcomes.flatMap(\.stageIDs)))
        var inStage: [UUID: [UUID]] = [:]
        if !stages.isEmpty {
            for row in try await sql.raw("""
                SELECT id, stage_id FROM touchpoints WHERE organization_id = \(bind: scope.id) AND stage_id IN (\(binds: stages))
                """).all() {
                inStage[try row.decode(column: "stage_id", as: UUID.self), default: []].append(try row.decode(column: "id", as: UUID.self))
            }
        }
        let places = Dictionary(outcomes.map { ($0.id, Array(Set($0.touchpointIDs + $0.stageIDs.flatMap { inStage[$0] ?? [] })).sorted()) },
                                uniquingKeysWith: { first, _ in first })
        let all = Array(Set(places.values.joined()))
        let heat = try await heat(sql, all), frictions = try await confirmedFrictions(sql, all)
        var reached: [Outcome] = []
        for outcome in outcomes {
            let touchpoints = places[outcome.id] ?? []
            reached.append(Outcome(item: outcome, touchpoints: touchpoints, feedbackItems: touchpoints.reduce(0) { $0 + (heat[$1]?.items ?? 0) },
                                   negativeItems: touchpoints.reduce(0) { $0 + (heat[$1]?.negative ?? 0) },
                                   confirmedFrictions: touchpoints.flatMap { frictions[$0] ?? [] }.sorted()))
        }
        return reached
    }

    /// Feedback items and negative ones per touchpoint, from the heat figures.
    private func heat(_ sql: any SQLDatabase, _ touchpoints: [UUID]) async throws -> [UUID: (items: Int, negative: Int)] {
        guard !touchpoints.isEmpty else { return [:] }
        var heat: [UUID: (items: Int, negative: Int)] = [:]
        for row in try await sql.raw("""
            SELECT subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: scope.id) AND figure = \(bind: FeedbackFigures.heat)
            AND dimension = \(bind: ScoreDimension.touchpoint.rawValue) AND subject IN (\(binds: touchpoints.map { FigureKey.encode($0.uuidString) }))
            """).all() {
            guard let touchpoint = FigureKey.decode(try row.decode(column: "subject", as: String.self)).flatMap(UUID.init(uuidString:)) else { continue }
            let n = try row.decode(column: "n", as: Int.self)
            if try row.decode(column: "detail", as: String.self) == FeedbackFigures.negative {
                heat[touchpoint, default: (0, 0)].negative += n
            } else {
                heat[touchpoint, default: (0, 0)].items += n
            }
        }
        return heat
    }

    /// The outcomes with the customers heard on their touchpoints counted, for those among `shown` (a page's, not all).
    func withCustomers(_ outcomes: [Outcome], shown: Set<UUID>) async throws -> [Outcome] {
        let sql = scope.db as! any SQLDatabase
        var counted = outcomes
        for index in counted.indices where shown.contains(counted[index].item.id) {
            counted[index].customers = try await customers(sql, counted[index].touchpoints)
        }
        return counted
    }

    /// Customers whose feedback was placed on these touchpoints.
    private func customers(_ sql: any SQLDatabase, _ touchpoints: [UUID]) async throws -> Int {
        guard !touchpoints.isEmpty else { return 0 }
        return try await sql.raw("""
            SELECT COUNT(DISTINCT i.customer_id) AS n FROM feedback_touchpoints l JOIN feedback_items i ON i.id = l.feedback_id
            WHERE l.touchpoint_id IN (\(binds: touchpoints)) AND i.customer_id IS NOT NULL
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Open friction points on these touchpoints that at least one confirmed feedback link stands behind, by touchpoint.
    private func confirmedFrictions(_ sql: any SQLDatabase, _ touchpoints: [UUID]) async throws -> [UUID: [UUID]] {
        guard !touchpoints.isEmpty else { return [:] }
        var found: [UUID: [UUID]] = [:]
        for row in try await sql.raw("""
            SELECT f.id, f.touchpoint_id FROM friction_points f JOIN feedback_figures c ON c.organization_id = f.organization_id
              AND c.figure = \(bind: FeedbackFigures.confirmed) AND c.dimension = \(bind: FeedbackFigures.friction)
              AND c.subject = '+' || UPPER(CAST(f.id AS TEXT)) AND c.detail = \(bind: FeedbackFigures.items) AND c.n > 0
            WHERE f.organization_id = \(bind: scope.id) AND f.status = \(bind: FrictionStatus.open.rawValue) AND f.touchpoint_id IN (\(binds: touchpoints))
            """).all() {
            found[try row.decode(column: "touchpoint_id", as: UUID.self), default: []].append(try row.decode(column: "id", as: UUID.self))
        }
        return found
    }
}

import Domain
import FluentKit
import Foundation
import SQLKit

/// The organization's customer-centricity: its model, the level chosen per competency, where assessors put it, the gap,
/// and what Align's own records say about the levels claimed. Every part is tens of rows, read whole.
public struct Centricity: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// One competency with its chosen level, its assessments and its gap.
    public struct Row: Sendable {
        public let competency: Stored<Competency>
        public let target: Stored<CentricityTarget>?
        public let assessments: [Stored<CentricityAssessment>]
        public let gap: CentricityGap
    }

    public struct Report: Sendable {
        public let rows: [Row]
        public let evidence: CentricityEvidence
        /// Competencies of Align's model the organization does not hold (none removed, none added yet).
        public let missingBuiltIn: [Competency]
    }

    public func report() async throws -> Report {
        let competencies = try await store(CompetencyRecord.self).all()
        let targets = try await store(CentricityTargetRecord.self).all()
        let assessments = try await store(CentricityAssessmentRecord.self).all()
        let evidence = try await evidence()
        let rows = competencies.map { competency in
            let target = targets.first { $0.competencyID == competency.id }
            let own = assessments.filter { $0.competencyID == competency.id }
            return Row(competency: competency, target: target, assessments: own,
                       gap: CentricityGap.build(competency.content, target: target?.content, assessments: own.map(\.content), checks: evidence.checks))
        }
        let held = Set(competencies.map(\.key))
        return Report(rows: rows, evidence: evidence, missingBuiltIn: Competency.builtIn.filter { !held.contains($0.key) })
    }

    /// Adds Align's competencies the organization does not hold yet, by key; returns how many were added.
    public func addBuiltIn() async throws -> Int {
        let held = Set(try await store(CompetencyRecord.self).all().map(\.key))
        let missing = Competency.builtIn.filter { !held.contains($0.key) }
        try await scope.db.transaction { db in
            for competency in missing { try await CompetencyRecord(organizationID: scope.id, content: competency).create(on: db) }
        }
        return missing.count
    }

    /// The checks that back a level, each one indexed query over tens to thousands of rows.
    public func evidence() async throws -> CentricityEvidence {
        let sql = scope.db as! any SQLDatabase
        let since = Date().addingTimeInterval(-Double(CentricityEvidence.recentDays) * 86_400)
        var evidence = CentricityEvidence()
        for channel in try await FeedbackInsights(scope).channels() {
            let recent = try await FeedbackRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$channel == channel)
                .filter(\.$createdAt >= since).field(\.$id).first()
            if recent != nil { evidence.recentChannels += 1 }
        }
        let decided = try await FrictionLinkRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$statusValue ~~ [LinkStatus.confirmed.rawValue, LinkStatus.rejected.rawValue]).filter(\.$decidedAt >= since).all(\.$theme)
        evidence.themesReviewed = Set(decided.compactMap { $0 }).count
        evidence.linksConfirmed = try await count(sql, """
            SELECT COUNT(*) AS n FROM friction_links WHERE organization_id = \(bind: scope.id) AND status = \(bind: LinkStatus.confirmed.rawValue)
            """)
        evidence.handoffs = try await count(sql, "SELECT COUNT(*) AS n FROM handoffs WHERE organization_id = \(bind: scope.id)")
        evidence.ownedHandoffs = try await count(sql, """
            SELECT COUNT(*) AS n FROM handoffs WHERE organization_id = \(bind: scope.id) AND accountable_team_id IS NOT NULL
            """)
        evidence.kpis = try await count(sql, "SELECT COUNT(*) AS n FROM kpis WHERE organization_id = \(bind: scope.id)")
        evidence.kpisWithEffects = try await count(sql, "SELECT COUNT(DISTINCT kpi_id) AS n FROM kpi_effects WHERE organization_id = \(bind: scope.id)")
        return evidence
    }

    private func count(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private func store<R: ContentRecord>(_ type: R.Type) -> RecordStore<R> {
        RecordStore<R>(db: scope.db, organizationID: scope.id)
    }
}

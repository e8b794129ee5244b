import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The customer-centricity level chosen against the level assessed: the page, `GET …/centricity`, and adding Align's model.
struct CentricityController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .centricity, use: page)
        router.page(.POST, .centricityBuiltIn, use: addBuiltIn)
        router.api(.GET, .centricity, use: api)
        router.api(.POST, .centricityBuiltIn, use: apiAddBuiltIn)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let report = try await Centricity(scope: ctx.scope).report()
        let lookups = try await Self.linked(report, ctx)
        let model = CentricityModel(slug: ctx.slug, rows: report.rows.map { Self.row($0, lookups, slug: ctx.slug) }, missingBuiltIn: report.missingBuiltIn.count,
                                    canChoose: ctx.scope.access.allows(.create, .centricityTargets),
                                    canAssess: ctx.scope.access.allows(.create, .centricityAssessments))
        return req.page(CentricityView.render(model, shell: ctx.shell("Customer-centricity", current: "centricity")))
    }

    /// Only the initiatives, KPIs and commitments the targets link to, not every one the organization holds.
    static func linked(_ report: Centricity.Report, _ ctx: OrgContext) async throws -> Lookups {
        let targets = report.rows.compactMap { $0.target?.content }
        var lookups = Lookups()
        lookups.initiatives = try await RecordStore<InitiativeRecord>(db: ctx.scope.db, organizationID: ctx.id).some(Set(targets.flatMap(\.initiativeIDs)))
        lookups.kpis = try await RecordStore<KPIRecord>(db: ctx.scope.db, organizationID: ctx.id).some(Set(targets.flatMap(\.kpiIDs)))
        lookups.commitments = try await RecordStore<CommitmentRecord>(db: ctx.scope.db, organizationID: ctx.id).some(Set(targets.flatMap(\.commitmentIDs)))
        return lookups
    }

    static func row(_ row: Centricity.Row, _ lookups: Lookups, slug: String) -> CentricityModel.Row {
        let id = row.competency.id
        let targetURL = row.target.map { Paths.page(slug, .recordStep(.centricityTargets, .value($0.id), .edit)) }
            ?? Paths.new(slug, .centricityTargets, query: ["competency_id": id.uuidString])
        return CentricityModel.Row(
            competencyID: id, competency: .init(row.competency.name, Paths.item(slug, .competencies, id)), description: row.competency.description,
            levels: row.competency.levels, target: row.target?.level, reason: row.target?.reason ?? "", targetURL: targetURL, gap: row.gap,
            checks: row.gap.checks.map { .init($0, url: evidenceURL($0.source, slug: slug)) },
            closing: row.target.map { CentricityTargetsResource.closing($0.content, lookups, slug: slug) } ?? [],
            assessmentsURL: Paths.list(slug, .centricityAssessments, query: ["competency_id": id.uuidString]),
            assessURL: Paths.new(slug, .centricityAssessments, query: ["competency_id": id.uuidString]))
    }

    /// The records each check counted.
    static func evidenceURL(_ source: EvidenceCheck.Source, slug: String) -> String {
        switch source {
        case .feedback: Paths.page(slug, .scores, query: ["by": "channel"])
        case .reviewedLinks: Paths.page(slug, .links)
        case .confirmedLinks: Paths.page(slug, .links, query: ["status": "confirmed"])
        case .handoffs: Paths.list(slug, .handoffs)
        case .kpis: Paths.list(slug, .kpis)
        }
    }

    func addBuiltIn(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.create, .competencies)
        _ = try await Centricity(scope: ctx.scope).addBuiltIn()
        return redirect(Paths.page(ctx.slug, .centricity), notice: .competenciesAdded)
    }
}

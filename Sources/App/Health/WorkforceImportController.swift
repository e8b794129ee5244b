import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Headcount and leavers, escalations, and KPI values, from files: the pages (a file sent as multipart) and the API
/// (the file as the body, `check_only=true` to store nothing). They call `Workforce`, or `Metrics` for KPI values.
struct WorkforceImportController: Sendable {
    /// A people file of 50,000 rows is a few megabytes.
    static let maximumBytes = 32 * 1024 * 1024

    func register(_ router: Router) {
        for (kind, path) in [(WorkforceImportModel.Kind.people, OrgPath.peopleImport), (.escalations, .escalationsImport), (.kpiValues, .kpiValuesImport)] {
            router.page(.GET, path) { req in try await form(req, kind) }
            router.page(.POST, path, body: .stream) { req in try await upload(req, kind) }
            router.api(.POST, path, body: .stream) { req in try await api(req, kind) }
        }
    }

    func form(_ req: Request, _ kind: WorkforceImportModel.Kind) async throws -> Response {
        let ctx = try await req.orgContext()
        try authorize(ctx, kind)
        return req.page(WorkforceImportView.render(WorkforceImportModel(slug: ctx.slug, kind: kind), shell: ctx.shell(title(kind), current: section(kind))))
    }

    func upload(_ req: Request, _ kind: WorkforceImportModel.Kind) async throws -> Response {
        let ctx = try await req.orgContext()
        try authorize(ctx, kind)
        let (fields, received) = try await req.receiveMultipartUpload(csrfToken: req.session.data[CSRFMiddleware.field])
        defer { if let received { try? FileManager.default.removeItem(atPath: received.path) } }
        var model = WorkforceImportModel(slug: ctx.slug, kind: kind)
        model.checkOnly = fields["check_only"] == "true"
        let shell = ctx.shell(title(kind), current: section(kind))
        guard let received, received.bytes > 0, received.bytes <= Self.maximumBytes else {
            model.problems = [received.map { $0.bytes > 0 ? "The file is larger than 32 MiB." : "The file sent was empty." } ?? "Choose a file to import."]
            return req.page(WorkforceImportView.render(model, shell: shell), status: .unprocessableEntity)
        }
        do {
            let outcome = try await run(ctx, kind, Array(try Data(contentsOf: URL(fileURLWithPath: received.path))), checkOnly: model.checkOnly)
            model.result = .init(created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, checkedOnly: outcome.checkedOnly)
            return req.page(WorkforceImportView.render(model, shell: shell))
        } catch let refusal as Workforce.Refusal {
            model.problems = refusal.problems.map(\.description)
            return req.page(WorkforceImportView.render(model, shell: shell), status: .unprocessableEntity)
        } catch let refusal as KPIValuesProblems {
            model.problems = refusal.problems.map(\.description) + (refusal.omitted > 0 ? ["… and \(refusal.omitted) more."] : [])
            return req.page(WorkforceImportView.render(model, shell: shell), status: .unprocessableEntity)
        }
    }

    func api(_ req: Request, _ kind: WorkforceImportModel.Kind) async throws -> Response {
        let ctx = try await req.orgContext()
        try authorize(ctx, kind)
        let checkOnly = try InsightImportController.flag(req.queryValues["check_only"], "check_only")
        let body = try await req.body.collect(max: Self.maximumBytes).get()
        guard let body, body.readableBytes > 0 else { throw ValidationFailure(field: "body", message: "Send the CSV file as the request body.") }
        do {
            let outcome = try await run(ctx, kind, Array(buffer: body), checkOnly: checkOnly)
            return try json(InsightImportController.OutcomeJSON(created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, notes: [],
                                                                 checkedOnly: outcome.checkedOnly))
        } catch let refusal as Workforce.Refusal {
            throw ValidationFailure(refusal.problems.map { FieldError(field: $0.column ?? "body", message: $0.description) })
        } catch let refusal as KPIValuesProblems {
            throw ValidationFailure(refusal.problems.map { FieldError(field: $0.column ?? $0.path ?? "body", message: $0.description) })
        }
    }

    func run(_ ctx: OrgContext, _ kind: WorkforceImportModel.Kind, _ bytes: [UInt8], checkOnly: Bool) async throws -> Workforce.Outcome {
        switch kind {
        case .people: try await Workforce(scope: ctx.scope).importPeople(bytes, checkOnly: checkOnly)
        case .escalations: try await Workforce(scope: ctx.scope).importEscalations(bytes, checkOnly: checkOnly)
        case .kpiValues: try await Metrics(scope: ctx.scope).importValues(bytes, checkOnly: checkOnly)
        }
    }

    /// Who may open the form; each KPI's team is checked again row by row when the file is read.
    func authorize(_ ctx: OrgContext, _ kind: WorkforceImportModel.Kind) throws {
        switch kind {
        case .people: try ctx.authorize(.create, .people)
        case .escalations: try ctx.authorize(.create, .escalations)
        case .kpiValues: try ctx.authorize(.create, .kpiValues, owningTeams: ctx.access.ledTeams)
        }
    }

    func title(_ kind: WorkforceImportModel.Kind) -> String {
        switch kind {
        case .people: "Import headcount and leavers"
        case .escalations: "Import escalations"
        case .kpiValues: "Import KPI values"
        }
    }

    func section(_ kind: WorkforceImportModel.Kind) -> String {
        switch kind {
        case .people: "people"
        case .escalations: "health"
        case .kpiValues: "metrics"
        }
    }
}

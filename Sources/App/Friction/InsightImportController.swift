import Domain
import Foundation
import Persistence
import Vapor
import Web

/// TheyDo insights as friction points: the page (choose a journey, send the file) and the API (the file
/// as the JSON body, the journey and defaults in the query). Both call `InsightImports.run`.
struct InsightImportController: Sendable {
    /// Insights files list tens or hundreds of insights; a file this size is something else.
    static let maximumBytes = 16 * 1024 * 1024

    func register(_ router: Router) {
        router.page(.GET, .insightImport, use: form)
        router.page(.POST, .insightImport, body: .stream, use: upload)
        router.api(.POST, .insightImport, body: .stream, use: api)
    }

    func form(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let model = try await Self.model(ctx, journeyID: req.queryValues["journey_id"].flatMap(UUID.init(uuidString:)))
        return req.page(InsightImportView.render(model, shell: ctx.shell("Import TheyDo insights", current: "frictions")))
    }

    func upload(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let (fields, received) = try await req.receiveMultipartUpload(csrfToken: req.session.data[CSRFMiddleware.field])
        defer { if let received { try? FileManager.default.removeItem(atPath: received.path) } }
        var model = try await Self.model(ctx, journeyID: fields["journey_id"].flatMap(UUID.init(uuidString:)))
        model.defaultTouchpointID = fields["default_touchpoint_id"].flatMap(UUID.init(uuidString:))
        model.kind = fields["kind"].flatMap(FrictionKind.init(rawValue:)) ?? .effort
        model.checkOnly = fields["check_only"] == "true"
        let shell = ctx.shell("Import TheyDo insights", current: "frictions")
        guard let journeyID = model.journeyID else { return req.page(InsightImportView.render(model, shell: shell), status: .unprocessableEntity) }
        guard let received, received.bytes > 0, received.bytes <= Self.maximumBytes else {
            model.problems = [received.map { $0.bytes > 0 ? "The file is larger than 16 MiB; an insights file is far smaller." : "The file sent was empty." }
                              ?? "Choose a file to import."]
            return req.page(InsightImportView.render(model, shell: shell), status: .unprocessableEntity)
        }
        let settings = InsightImportSettings(journeyID: journeyID, defaultTouchpointID: model.defaultTouchpointID, defaultKind: model.kind)
        do {
            let outcome = try await InsightImports(scope: ctx.scope).run(Array(try Data(contentsOf: URL(fileURLWithPath: received.path))),
                                                                         settings: settings, checkOnly: model.checkOnly)
            model.result = .init(created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, notes: outcome.notes,
                                 checkedOnly: outcome.checkedOnly)
            return req.page(InsightImportView.render(model, shell: shell))
        } catch let refusal as InsightImports.Refusal {
            model.problems = refusal.problems.map(\.description)
        } catch let failure as ValidationFailure {
            model.problems = failure.errors.map(\.message)
        }
        return req.page(InsightImportView.render(model, shell: shell), status: .unprocessableEntity)
    }

    /// The journeys to choose from and, once one is chosen, its touchpoints.
    static func model(_ ctx: OrgContext, journeyID: UUID?) async throws -> InsightImportModel {
        let choices = try await InsightImports(scope: ctx.scope).choices(journeyID: journeyID)
        return InsightImportModel(slug: ctx.slug, journeys: choices.journeys.map { .init(id: $0.id, name: $0.name) }, journeyID: choices.journeyID,
                                  touchpoints: choices.touchpoints.map { .init(id: $0.id, name: $0.name) })
    }
}

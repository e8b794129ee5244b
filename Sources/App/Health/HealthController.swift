import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The 4C health page and API, and the limits it is read against.
struct HealthController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .health, use: page)
        router.page(.GET, .healthLimits, use: limitsForm)
        router.page(.POST, .healthLimits, use: saveLimits)
        router.api(.GET, .health, use: api)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let report = try await Health(scope: ctx.scope).report(page: req.queryValues["page"].flatMap(Int.init))
        var model = HealthModel(slug: ctx.slug, threshold: report.threshold, limits: report.limits,
                                pulses: report.pulses.map { .init(id: $0.id, title: $0.title, sentOn: $0.sentOn) },
                                organization: report.organization, teams: report.teams.items, canEdit: ctx.scope.access.allows(.update, .pulses))
        (model.page, model.pageCount, model.teamCount) = (report.teams.page, report.teams.pageCount, report.teams.total)
        return req.page(HealthView.render(model, shell: ctx.shell("4C health", current: "health", notice: req.notice)))
    }

    func limitsForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return form(req, ctx, values: try await Health(scope: ctx.scope).limits().formInput, errors: [])
    }

    func saveLimits(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        do {
            _ = try await Health(scope: ctx.scope).setLimits(input)
            return redirect(Paths.page(ctx.slug, .health), notice: .updated)
        } catch let failure as ValidationFailure {
            return form(req, ctx, values: input, errors: failure.errors)
        }
    }

    func form(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError]) -> Response {
        let model = HealthLimitsForm.model(slug: ctx.slug, values: values, errors: errors)
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "health")), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

import Domain
import Foundation
import Persistence
import Vapor
import Web

/// A walk's page, noting its steps and hypotheses, and comparing two walks.
struct WalkController: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .recordStep(.walks, .key, .step), use: noteStep)
        router.page(.POST, .recordStep(.walks, .key, .hypothesis), use: addHypothesis)
        router.page(.GET, .recordStep(.walks, .key, .compare), use: compare)
        router.api(.POST, .recordStep(.walks, .key, .step), use: apiNoteStep)
        router.api(.POST, .recordStep(.walks, .key, .hypothesis), use: apiAddHypothesis)
    }

    static func show(_ id: UUID, _ ctx: OrgContext, _ req: Request) async throws -> Response {
        let page = try await Walks(scope: ctx.scope).page(id)
        let model = WalkModel(slug: ctx.slug, id: id, walk: page.walk.content, journeyName: page.journeyName,
                              steps: page.touchpoints.map { touchpoint in
                                  let step = page.steps[touchpoint.id]
                                  return .init(touchpointID: touchpoint.id, name: touchpoint.name, stage: touchpoint.stage, minutes: step?.minutes, worked: step?.worked ?? "",
                                               hypotheses: (page.hypotheses[touchpoint.id] ?? []).map { ($0.id, $0.point.kind, $0.point.description, $0.point.severity, $0.confirmedLinks) })
                              },
                              others: page.others.map { ($0.id, label($0.content)) }, canNote: page.canNote)
        return req.page(WalkView.render(model, shell: ctx.shell("Walk of \(page.journeyName)", current: "journeys", notice: req.notice)))
    }

    static func label(_ walk: JourneyWalk) -> String { "\(walk.mode.label), \(walk.date)" }

    func noteStep(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let input = try req.formInput()
        _ = try await Walks(scope: ctx.scope).noteStep(id, input: input)
        return redirect(Paths.item(ctx.slug, .walks, id) + "#step-" + (input.value("touchpoint_id") ?? "").lowercased(), notice: .updated)
    }

    func addHypothesis(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let input = try req.formInput()
        _ = try await Walks(scope: ctx.scope).addHypothesis(id, input: input)
        return redirect(Paths.item(ctx.slug, .walks, id) + "#step-" + (input.value("touchpoint_id") ?? "").lowercased(), notice: .created)
    }

    func compare(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await Walks(scope: ctx.scope).page(id)
        guard let other = req.queryValues["with"].flatMap(UUID.init(uuidString:)) else {
            throw ValidationFailure(field: "with", message: "Choose the walk to compare with.")
        }
        let compared = try await Walks(scope: ctx.scope).compare(id, with: other)
        let model = WalkComparisonModel(slug: ctx.slug, journeyName: compared.journeyName, first: (compared.first.id, Self.label(compared.first.content)),
                                        second: (compared.second.id, Self.label(compared.second.content)), comparison: compared.comparison)
        return req.page(WalkComparisonView.render(model, shell: ctx.shell("Two walks of \(compared.journeyName)", current: "journeys")))
    }

    func apiNoteStep(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        let step = try await Walks(scope: ctx.scope).noteStep(try req.idParameter(), input: input)
        struct StepJSON: Content { let touchpointId: UUID, minutes: Int?, worked: String }
        return try json(StepJSON(touchpointId: step.touchpointID, minutes: step.minutes, worked: step.worked))
    }

    func apiAddHypothesis(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        return try json(try await Walks(scope: ctx.scope).addHypothesis(try req.idParameter(), input: input), status: .created)
    }
}

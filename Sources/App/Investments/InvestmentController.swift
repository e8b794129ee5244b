import Domain
import Foundation
import Persistence
import Vapor
import Web

/// What an investment does beyond its record: its outlook in the API, and approving, rejecting or marking it done, each
/// behind a confirmation on the page.
struct InvestmentController: Sendable {
    func register(_ router: Router) {
        for step in [RecordStep.approve, .reject, .complete] {
            router.page(.GET, .recordStep(.investments, .key, step), use: { try await confirm(step, req: $0) })
            router.page(.POST, .recordStep(.investments, .key, step), use: { try await decidePage(step, req: $0) })
            router.api(.POST, .recordStep(.investments, .key, step), use: { try await decideAPI(step, req: $0) })
        }
        router.api(.GET, .recordStep(.investments, .key, .outlook), use: outlookAPI)
    }

    /// What the decision keeps, said before it is made: approving keeps today's projection, and none of them can be undone.
    func confirm(_ step: RecordStep, req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let investments = Investments(ctx.scope)
        let investment = try await investments.find(id)
        let (title, lead, submit): (String, String, String)
        switch step {
        case .approve:
            let projection = try await investments.outlook(of: id).projection
            (title, submit) = ("Approve “\(investment.title)”?", "Approve")
            lead = "Approving keeps today's projection with it: the alignment index \(text(projection.before.value)) today, "
                + "\(text(projection.after.value)) projected after it. Once it is done, that projection is set beside what happened. "
                + "An approved investment can no longer be edited."
        case .reject:
            (title, submit) = ("Reject “\(investment.title)”?", "Reject")
            lead = "It stays here for the record, marked rejected, with the changes and initiatives it grouped left as they are. It cannot be approved later; propose it again instead."
        default:
            (title, submit) = ("Mark “\(investment.title)” done?", "Mark done")
            lead = "From today its page sets the projection it was approved on beside the alignment index and its initiatives' customer scores before and after."
        }
        let model = FormModel(title: title, lead: lead, action: Paths.step(ctx.slug, .investments, id, step), submitLabel: submit,
                              cancelURL: Paths.item(ctx.slug, .investments, id), fields: [], values: FormInput())
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "changes")))
    }

    private func text(_ value: Int?) -> String { value.map(String.init) ?? "not measurable" }

    func decidePage(_ step: RecordStep, req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await decide(step, id, ctx)
        return redirect(Paths.item(ctx.slug, .investments, id), notice: .decided)
    }

    func decideAPI(_ step: RecordStep, req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await decide(step, try req.idParameter(), ctx))
    }

    private func decide(_ step: RecordStep, _ id: UUID, _ ctx: OrgContext) async throws -> Stored<Investment> {
        let investments = Investments(ctx.scope)
        switch step {
        case .approve: return try await investments.approve(id)
        case .reject: return try await investments.reject(id)
        default: return try await investments.complete(id)
        }
    }

    func outlookAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(InvestmentOutlookResult(try await Investments(ctx.scope).outlook(of: try req.idParameter())))
    }
}

import Domain
import Persistence
import Vapor
import Web

/// Confirming a suggested touchpoint for feedback that had none.
struct TouchpointConfirmation: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .recordStep(.feedback, .key, .confirmTouchpoint), use: confirm)
    }

    func confirm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let feedback = ctx.records(FeedbackResource.self)
        let existing = try await feedback.find(try req.idParameter())
        var input = existing.content.formInput
        input.fields["touchpoint_ids"] = [try req.formInput().value("touchpoint_id") ?? ""]
        do {
            let item = try await feedback.update(existing.id, with: input)
            return redirect(Paths.item(ctx.slug, .feedback, item.id), notice: .updated)
        } catch let failure as ValidationFailure {
            throw Abort(.unprocessableEntity, reason: failure.errors.map(\.message).joined(separator: " "))
        }
    }
}

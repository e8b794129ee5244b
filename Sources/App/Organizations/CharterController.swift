import Domain
import Foundation
import Persistence
import Vapor
import Web

/// A team's charter: its page, its review date and its lead's approval, on pages and in the API.
struct CharterController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .teamCharter(.key, .show), use: page)
        router.page(.POST, .teamCharter(.key, .review), use: review)
        router.page(.POST, .teamCharter(.key, .approve), use: approve)
        router.page(.GET, .teamCharter(.key, .poster), use: poster)
        router.api(.GET, .teamCharter(.key, .show), use: api)
        router.api(.POST, .teamCharter(.key, .review), use: apiReview)
        router.api(.POST, .teamCharter(.key, .approve), use: apiApprove)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await TeamCharters(scope: ctx.scope).page(try req.idParameter())
        let goals = Dictionary(page.goals.map { ($0.id, $0.content.title) }, uniquingKeysWith: { first, _ in first })
        let model = CharterModel(slug: ctx.slug, teamID: page.team.id, teamName: page.team.content.name, purpose: ctx.organization.content.purpose,
                                 brandPromise: ctx.organization.content.brandPromise, charter: page.charter,
                                 commitments: page.commitments.map { .init(id: $0.id, text: $0.content.text, goals: $0.content.goalIDs.compactMap { goals[$0] },
                                                                             measure: $0.content.measure, touchesCustomers: $0.content.touchesCustomers) },
                                 versions: page.versions, canChange: page.canChange, canApprove: page.canApprove, today: .today)
        return req.page(CharterView.render(model, shell: ctx.shell("Charter of \(page.team.content.name)", current: "commitments", notice: req.notice)))
    }

    func poster(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await TeamCharters(scope: ctx.scope).page(try req.idParameter())
        let size = try Self.posterSize(req.query[String.self, at: "size"])
        let model = PosterModel(slug: ctx.slug, team: page.team, organization: ctx.organization.content, commitments: page.commitments,
                                goals: page.goals, size: size)
        return req.page(PosterView.render(model, shell: ctx.shell("Poster of \(page.team.content.name)", current: "commitments")))
    }

    /// A4 unless A3 is asked for; any other paper is refused by name.
    static func posterSize(_ text: String?) throws -> PosterModel.Size {
        guard let text, !text.isEmpty else { return .a4 }
        guard let size = PosterModel.Size(rawValue: text.lowercased()) else {
            throw ValidationFailure(field: "size", message: "Paper size must be a4 or a3.")
        }
        return size
    }

    func review(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await TeamCharters(scope: ctx.scope).checkChange(id)
        _ = try await TeamCharters(scope: ctx.scope).setReview(id, on: try Self.reviewDay(try req.content.decode([String: String].self)["review_on"]))
        return redirect(Paths.page(ctx.slug, .teamCharter(.value(id), .show)), notice: .updated)
    }

    func approve(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await TeamCharters(scope: ctx.scope).checkApproval(id)
        let version = try req.content.decode([String: String].self)["version"].flatMap(Int.init)
        guard let version else { throw ValidationFailure(field: "version", message: "Say which version you approve.") }
        _ = try await TeamCharters(scope: ctx.scope).approve(id, version: version)
        return redirect(Paths.page(ctx.slug, .teamCharter(.value(id), .show)), notice: .updated)
    }

    /// An empty value clears the review date; anything else must be a real day.
    static func reviewDay(_ text: String?) throws -> CalendarDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let day = CalendarDate(text) else { throw ValidationFailure(field: "review_on", message: "Next review must be a date, YYYY-MM-DD.") }
        return day
    }
}

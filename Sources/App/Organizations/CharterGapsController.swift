import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Where the charters leave the strategy uncovered, as a page and in the API.
struct CharterGapsController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .charterGaps, use: page)
        router.api(.GET, .charterGaps, use: api)
    }

    struct GapsJSON: Content {
        struct Named: Content { let id: UUID, name: String }
        struct Unanchored: Content { let id: UUID, text: String, teamId: UUID }
        let teamCount: Int, goalCount: Int
        let teamsWithoutCharter: [Named]
        let goalsWithoutCommitment: [Named]
        let commitmentsTouchingNothing: [Unanchored]
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let gaps = try await Charters(scope: ctx.scope).gaps()
        return req.page(CharterGapsView.render(CharterGapsModel(slug: ctx.slug, gaps: gaps), shell: ctx.shell("Charter gaps", current: "commitments")))
    }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let gaps = try await Charters(scope: ctx.scope).gaps()
        return try json(GapsJSON(teamCount: gaps.teamCount, goalCount: gaps.goalCount,
                                 teamsWithoutCharter: gaps.teamsWithoutCharter.map { .init(id: $0.id, name: $0.name) },
                                 goalsWithoutCommitment: gaps.goalsWithoutCommitment.map { .init(id: $0.id, name: $0.name) },
                                 commitmentsTouchingNothing: gaps.commitmentsTouchingNothing.map { .init(id: $0.id, text: $0.text, teamId: $0.team.id) }))
    }
}

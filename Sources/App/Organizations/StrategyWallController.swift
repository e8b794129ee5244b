import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The strategy wall: goals with the teams committed to each and the teams' posters, as a page and in the API.
struct StrategyWallController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .strategyWall, use: page)
        router.api(.GET, .strategyWall, use: api)
    }

    struct WallJSON: Content {
        struct Team: Content { let id: UUID, name: String }
        struct Goal: Content {
            let id: UUID, title: String, owner: String?, horizon: String?, measure: String
            let teams: [Team]
        }
        let purpose: String, brandPromise: String
        let goals: [Goal]
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let wall = try await Charters(scope: ctx.scope).wall(page: req.query[Int.self, at: "page"])
        let organization = ctx.organization.content
        let model = StrategyWallModel(
            slug: ctx.slug, purpose: organization.purpose, brandPromise: organization.brandPromise,
            goals: wall.goals.map { .init(id: $0.goal.id, title: $0.goal.content.title, owner: $0.owner, horizon: $0.goal.content.horizon,
                                          measure: $0.goal.content.measure, teams: $0.teams) },
            posters: wall.teams.items.map { team in
                PosterModel(slug: ctx.slug, team: team, organization: organization, commitments: wall.commitments[team.id] ?? [], goals: wall.goalTitles, size: .a4)
            },
            page: wall.teams.page, pageCount: wall.teams.pageCount, teamCount: wall.teams.total)
        return req.page(StrategyWallView.render(model, shell: ctx.shell("Strategy wall", current: "commitments")))
    }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let wall = try await Charters(scope: ctx.scope).wall(page: 1)
        return try json(WallJSON(purpose: ctx.organization.content.purpose, brandPromise: ctx.organization.content.brandPromise,
                                 goals: wall.goals.map { goal in
                                     .init(id: goal.goal.id, title: goal.goal.content.title, owner: goal.owner, horizon: goal.goal.content.horizon?.description,
                                           measure: goal.goal.content.measure, teams: goal.teams.map { .init(id: $0.id, name: $0.name) })
                                 }))
    }
}

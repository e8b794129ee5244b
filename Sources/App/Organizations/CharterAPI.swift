import Domain
import Foundation
import Persistence
import Vapor

/// `GET …/teams/{id}/charter`, `POST …/charter/review` with `{"review_on": "YYYY-MM-DD" | null}`,
/// `POST …/charter/approve` with `{"version": n}`.
extension CharterController {
    struct CharterJSON: Content {
        struct Approval: Content { let version: Int, by: String, at: Date }
        struct Version: Content { let number: Int, at: Date, by: String, change: String }
        struct Commitment: Content { let id: UUID, text: String, goalIds: [UUID], measure: String }
        let teamId: UUID
        let reviewOn: String?
        let version: Int
        let approved: Bool
        let approval: Approval?
        let commitments: [Commitment]
        let versions: [Version]
    }

    struct ReviewBody: Decodable { let reviewOn: String? }
    struct ApproveBody: Decodable { let version: Int }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(Self.charterJSON(try await TeamCharters(scope: ctx.scope).page(try req.idParameter())))
    }

    func apiReview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await TeamCharters(scope: ctx.scope).checkChange(id)
        _ = try req.checkedJSONBody()
        let body = try req.content.decode(ReviewBody.self, using: Self.snakeCase)
        _ = try await TeamCharters(scope: ctx.scope).setReview(id, on: try Self.reviewDay(body.reviewOn))
        return try json(Self.charterJSON(try await TeamCharters(scope: ctx.scope).page(id)))
    }

    func apiApprove(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await TeamCharters(scope: ctx.scope).checkApproval(id)
        _ = try req.checkedJSONBody()
        let body = try req.content.decode(ApproveBody.self, using: Self.snakeCase)
        _ = try await TeamCharters(scope: ctx.scope).approve(id, version: body.version)
        return try json(Self.charterJSON(try await TeamCharters(scope: ctx.scope).page(id)))
    }

    static let snakeCase: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()

    static func charterJSON(_ page: TeamCharters.Page) -> CharterJSON {
        let charter = page.charter
        return CharterJSON(teamId: page.team.id, reviewOn: charter.reviewOn?.description, version: charter.version, approved: charter.isApproved,
                           approval: charter.approval.map { .init(version: $0.version, by: $0.by, at: $0.at) },
                           commitments: page.commitments.map { .init(id: $0.id, text: $0.content.text, goalIds: $0.content.goalIDs, measure: $0.content.measure) },
                           versions: page.versions.map { .init(number: $0.number, at: $0.at, by: $0.by, change: $0.change) })
    }
}

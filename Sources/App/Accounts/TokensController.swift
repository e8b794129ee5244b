import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Personal API tokens: created and revoked from a page or `align token create`, shown once, stored hashed.
struct TokensController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .tokens, use: list)
        router.page(.POST, .tokens, use: create)
        router.page(.POST, .token(.key, .revoke), use: revoke)
    }

    func list(req: Request) async throws -> Response {
        try await page(req, newSecret: nil, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.useAPITokens)
        guard let name = try req.formInput().value("name"), name.count <= 120 else {
            return try await page(req, newSecret: nil, errors: ["Token name is required (at most 120 characters)."], status: .unprocessableEntity)
        }
        let secret = try await ctx.apiTokens.issue(name: name)
        return try await page(req, newSecret: secret, errors: [])
    }

    func revoke(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.apiTokens.revoke(try req.idParameter())
        return redirect(Paths.page(ctx.slug, .tokens))
    }

    func page(_ req: Request, newSecret: String?, errors: [String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let ctx = try await req.orgContext()
        let tokens = try await ctx.apiTokens.list()
        let format = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: TimeZone(identifier: "UTC")!)
        let rows = tokens.map { token in
            TokenRow(id: token.id, name: token.name, prefix: token.prefix, created: token.createdAt.map { $0.formatted(format) } ?? "",
                     lastUsed: token.lastUsedAt.map { $0.formatted(format) }, revoked: token.revokedAt.map { $0.formatted(format) })
        }
        let body = TokensView.render(TokensModel(slug: ctx.slug, organizationName: ctx.organization.name, tokens: rows, newSecret: newSecret,
                                     errors: errors), shell: ctx.shell("API tokens", current: "tokens"))
        let response = req.page(body, status: status)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension OrgContext {
    /// The signed-in person's API tokens here.
    var apiTokens: APITokens { APITokens(scope, userID: signedIn.userID) }
}

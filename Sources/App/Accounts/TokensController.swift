import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// Personal API tokens: created and revoked from a page or `align token create`, shown once, stored hashed.
struct TokensController: Sendable {
    func register(web: any RoutesBuilder) {
        web.get("tokens", use: list)
        web.post("tokens", use: create)
        web.post("tokens", ":id", "revoke", use: revoke)
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
        let secret = try await Self.issue(userID: ctx.signedIn.userID, organizationID: ctx.id, name: name, on: ctx.db)
        if let token = try await Accounts.token(hash: APITokenSecret.hash(secret), on: ctx.db) {
            try await ctx.audit(.create, "tokens", id: token.id!, before: nil, after: FormInput(single: ["name": name]))
        }
        return try await page(req, newSecret: secret, errors: [])
    }

    func revoke(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        guard let token = try await Accounts.tokens(userID: ctx.signedIn.userID, organizationID: ctx.id, on: ctx.db)
            .first(where: { $0.id == id }) else { throw Abort(.notFound) }
        if token.revokedAt == nil {
            token.revokedAt = Date()
            try await token.save(on: ctx.db)
            try await ctx.audit(.delete, "tokens", id: id, before: FormInput(single: ["name": token.name]), after: nil)
        }
        return redirect(Paths.list(ctx.slug, "tokens"))
    }

    /// Creates a token and returns its secret, the only time it exists outside the holder's hands.
    static func issue(userID: UUID, organizationID: UUID, name: String, on db: any Database) async throws -> String {
        let secret = APITokenSecret.generate()
        let record = APITokenRecord(userID: userID, organizationID: organizationID, name: name,
                                    tokenHash: APITokenSecret.hash(secret), prefix: String(secret.prefix(12)))
        try await record.create(on: db)
        return secret
    }

    func page(_ req: Request, newSecret: String?, errors: [String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let ctx = try await req.orgContext()
        let tokens = try await Accounts.tokens(userID: ctx.signedIn.userID, organizationID: ctx.id, on: ctx.db)
        let format = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: TimeZone(identifier: "UTC")!)
        let rows = tokens.map { token in
            TokenRow(id: token.id!, name: token.name, prefix: token.prefix, created: token.createdAt.map { $0.formatted(format) } ?? "",
                     lastUsed: token.lastUsedAt.map { $0.formatted(format) }, revoked: token.revokedAt.map { $0.formatted(format) })
        }
        let body = TokensView.render(slug: ctx.slug, organizationName: ctx.organization.name, tokens: rows, newSecret: newSecret,
                                     errors: errors, shell: ctx.shell("API tokens", current: "tokens"))
        let response = req.page(body, status: status)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

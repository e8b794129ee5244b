import Domain
import FluentKit
import Foundation

/// API token secrets: random, prefixed so they are recognisable, stored only as SHA-256.
public enum APITokenSecret {
    public static func generate() -> String { Secrets.make(prefix: "align_") }

    public static func hash(_ secret: String) -> String { Secrets.hash(secret) }
}

/// A personal API token as its owner's page lists it: never the secret.
public struct APIToken: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let prefix: String
    public let createdAt: Date?
    public let lastUsedAt: Date?
    public let revokedAt: Date?
}

/// One person's API tokens in one organization.
public struct APITokens: Sendable {
    let scope: OrgScope
    let userID: UUID

    public init(_ scope: OrgScope, userID: UUID) {
        self.scope = scope
        self.userID = userID
    }

    /// Newest first, revoked ones too.
    public func list() async throws -> [APIToken] {
        try await Accounts.tokens(userID: userID, organizationID: scope.id, on: scope.db).map(\.value)
    }

    /// A new token; its secret is returned this once.
    public func issue(name: String) async throws -> String {
        try scope.authorize(.useAPITokens)
        let (secret, record) = try await APITokens.create(userID: userID, organizationID: scope.id, name: name, on: scope.db)
        try await scope.audit(.create, "tokens", id: record.id!, before: nil, after: FormInput(single: ["name": name]))
        return secret
    }

    /// Revokes one of this person's tokens; anyone else's is not found.
    public func revoke(_ id: UUID) async throws {
        guard let token = try await Accounts.tokens(userID: userID, organizationID: scope.id, on: scope.db).first(where: { $0.id == id }) else {
            throw NotFound()
        }
        guard token.revokedAt == nil else { return }
        token.revokedAt = Date()
        try await token.save(on: scope.db)
        try await scope.audit(.delete, "tokens", id: id, before: FormInput(single: ["name": token.name]), after: nil)
    }

    static func create(userID: UUID, organizationID: UUID, name: String, on db: any Database) async throws -> (String, APITokenRecord) {
        let secret = APITokenSecret.generate()
        let record = APITokenRecord(userID: userID, organizationID: organizationID, name: name,
                                    tokenHash: APITokenSecret.hash(secret), prefix: String(secret.prefix(12)))
        try await record.create(on: db)
        return (secret, record)
    }
}

extension APITokenRecord {
    var value: APIToken {
        APIToken(id: id!, name: name, prefix: prefix, createdAt: createdAt, lastUsedAt: lastUsedAt, revokedAt: revokedAt)
    }
}

extension AlignStore {
    /// A new token for `align token create`; its secret is returned this once.
    public func issueToken(userID: UUID, organizationID: UUID, name: String) async throws -> String {
        try await APITokens.create(userID: userID, organizationID: organizationID, name: name, on: db).0
    }
}

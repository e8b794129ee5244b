import Domain
import Foundation

/// A person's API tokens, and a new token's secret the once it is shown.
public struct TokensModel: Sendable {
    public let slug: String
    public let organizationName: String
    public let tokens: [TokenRow]
    public let newSecret: String?
    public let errors: [String]

    public init(slug: String, organizationName: String, tokens: [TokenRow], newSecret: String?, errors: [String]) {
        self.slug = slug
        self.organizationName = organizationName
        self.tokens = tokens
        self.newSecret = newSecret
        self.errors = errors
    }
}

/// One API token as listed: never its secret, only its name and first characters.
public struct TokenRow: Sendable {
    public let id: UUID
    public let name: String
    public let prefix: String
    public let created: String
    public let lastUsed: String?
    public let revoked: String?

    public init(id: UUID, name: String, prefix: String, created: String, lastUsed: String?, revoked: String?) {
        self.id = id
        self.name = name
        self.prefix = prefix
        self.created = created
        self.lastUsed = lastUsed
        self.revoked = revoked
    }
}

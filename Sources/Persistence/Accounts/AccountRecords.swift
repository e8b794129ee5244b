import Domain
import FluentKit
import Foundation

/// A person who can sign in. Emails are stored lowercased and are unique.
public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @Field(key: "password_hash") public var passwordHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $email, $name, $passwordHash, $createdAt, $updatedAt] }

    public init() {}

    public init(email: String, name: String, passwordHash: String) {
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
    }
}

/// One user's role in one organization; team leads also name the teams they lead.
public final class MembershipRecord: Model, @unchecked Sendable {
    public static let schema = "memberships"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "role") var role: String
    /// Led team ids, comma-separated; a deleted team's id simply stops matching anything.
    @Field(key: "team_ids") var teamIDs: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $userID, $organizationID, $role, $teamIDs, $createdAt] }

    public init() {}

    public init(userID: UUID, organizationID: UUID, access: Access) {
        self.userID = userID
        self.organizationID = organizationID
        self.access = access
    }

    public var access: Access {
        get { StoredAccess.decode(role: role, teamIDs: teamIDs) }
        set { (role, teamIDs) = StoredAccess.encode(newValue) }
    }
}

/// A personal API token for one organization; only a hash of the secret is kept.
public final class APITokenRecord: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    /// The first characters of the secret, shown so people can tell tokens apart.
    @Field(key: "prefix") public var prefix: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $userID, $organizationID, $name, $tokenHash, $prefix, $createdAt, $lastUsedAt, $revokedAt] }

    public init() {}

    public init(userID: UUID, organizationID: UUID, name: String, tokenHash: String, prefix: String) {
        self.userID = userID
        self.organizationID = organizationID
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
    }
}

/// One sign-in attempt, kept for rate limiting by account and by address.
public final class SignInAttemptRecord: Model, @unchecked Sendable {
    public static let schema = "sign_in_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "address") public var address: String
    @Field(key: "succeeded") public var succeeded: Bool
    @Field(key: "at") public var at: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $email, $address, $succeeded, $at] }

    public init() {}

    public init(email: String, address: String, succeeded: Bool, at: Date) {
        self.email = email.lowercased()
        self.address = address
        self.succeeded = succeeded
        self.at = at
    }
}

/// An `Access` as two string columns: the role and the led teams' ids, comma-separated.
enum StoredAccess {
    static func encode(_ access: Access) -> (role: String, teamIDs: String) {
        (access.role.rawValue, IDList.encode(access.ledTeams.sorted { $0.uuidString < $1.uuidString }))
    }

    static func decode(role: String, teamIDs: String) -> Access {
        Access(role: Role(rawValue: role) ?? .viewer, ledTeams: Set(IDList.decode(teamIDs)))
    }
}

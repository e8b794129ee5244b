import Domain
import FluentKit
import Foundation

/// A single-use, expiring invitation to join an organization with a given role.
public final class InvitationRecord: Model, @unchecked Sendable {
    public static let schema = "invitations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "email") public var email: String
    @Field(key: "role") var role: String
    @Field(key: "team_ids") var teamIDs: String
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "accepted_at") public var acceptedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $email, $role, $teamIDs, $tokenHash, $expiresAt, $acceptedAt, $revokedAt, $createdBy, $createdAt] }

    public init() {}

    public init(organizationID: UUID, email: String, access: Access, tokenHash: String, expiresAt: Date, createdBy: UUID?) {
        self.organizationID = organizationID
        self.email = email.lowercased()
        (self.role, self.teamIDs) = StoredAccess.encode(access)
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.createdBy = createdBy
    }

    public var access: Access { StoredAccess.decode(role: role, teamIDs: teamIDs) }

    public func isUsable(at date: Date) -> Bool { acceptedAt == nil && revokedAt == nil && expiresAt > date }
}

/// A member of an organization with their account details.
public struct Member: Sendable {
    public let membershipID: UUID
    public let userID: UUID
    public let name: String
    public let email: String
    public let access: Access
}

public enum Members {
    public static func all(organizationID: UUID, on db: any Database) async throws -> [Member] {
        let memberships = try await MembershipRecord.query(on: db).filter(\.$organizationID == organizationID).all()
        let users = try await UserRecord.query(on: db).filter(\.$id ~~ memberships.map(\.userID)).all()
        let byID = Dictionary(users.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        return memberships.compactMap { membership in
            byID[membership.userID].map { Member(membershipID: membership.id!, userID: $0.id!, name: $0.name, email: $0.email,
                                                 access: membership.access) }
        }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
    }

    public static func pendingInvitations(organizationID: UUID, now: Date, on db: any Database) async throws -> [InvitationRecord] {
        try await InvitationRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$acceptedAt == nil)
            .filter(\.$revokedAt == nil).filter(\.$expiresAt > now).sort(\.$createdAt, .descending).all()
    }

    public static func invitation(tokenHash: String, on db: any Database) async throws -> InvitationRecord? {
        try await InvitationRecord.query(on: db).filter(\.$tokenHash == tokenHash).first()
    }
}

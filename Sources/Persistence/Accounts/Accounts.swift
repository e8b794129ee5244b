import Domain
import FluentKit
import Foundation

/// Look-ups and changes for users, memberships, tokens and sign-in attempts.
public enum Accounts {
    public static func anyUserExists(on db: any Database) async throws -> Bool {
        try await UserRecord.query(on: db).first() != nil
    }

    public static func user(email: String, on db: any Database) async throws -> UserRecord? {
        try await UserRecord.query(on: db).filter(\.$email == email.lowercased()).first()
    }

    public static func user(id: UUID, on db: any Database) async throws -> UserRecord? {
        try await UserRecord.find(id, on: db)
    }

    /// Creates a user; an email already in use is a field error on `email`.
    public static func createUser(_ account: NewAccount, passwordHash: String, on db: any Database) async throws -> UserRecord {
        if try await user(email: account.email, on: db) != nil {
            throw ValidationFailure(field: "email", message: "An account with the email \(account.email) already exists.")
        }
        let user = UserRecord(email: account.email, name: account.name, passwordHash: passwordHash)
        try await user.create(on: db)
        return user
    }

    public static func membership(userID: UUID, organizationID: UUID, on db: any Database) async throws -> MembershipRecord? {
        try await MembershipRecord.query(on: db).filter(\.$userID == userID).filter(\.$organizationID == organizationID).first()
    }

    /// Gives the user this access in the organization, replacing any role they had there.
    @discardableResult
    public static func setMembership(userID: UUID, organizationID: UUID, access: Access, on db: any Database) async throws
        -> MembershipRecord {
        let membership = try await membership(userID: userID, organizationID: organizationID, on: db)
            ?? MembershipRecord(userID: userID, organizationID: organizationID, access: access)
        membership.access = access
        try await membership.save(on: db)
        return membership
    }

    public static func organizations(of userID: UUID, on db: any Database) async throws -> [Stored<Organization>] {
        let ids = try await MembershipRecord.query(on: db).filter(\.$userID == userID).all(\.$organizationID)
        guard !ids.isEmpty else { return [] }
        return try await OrganizationRecord.query(on: db).filter(\.$id ~~ ids).sort(\.$name).all().map(\.stored)
    }

    public static func recordAttempt(email: String, address: String, succeeded: Bool, at date: Date, on db: any Database) async throws {
        try await SignInAttemptRecord(email: email, address: address, succeeded: succeeded, at: date).create(on: db)
    }

    /// Failed attempts since `date`, for one account and for one address.
    public static func failures(email: String, address: String, since date: Date, on db: any Database) async throws
        -> (account: Int, address: Int) {
        let recent = SignInAttemptRecord.query(on: db).filter(\.$succeeded == false).filter(\.$at >= date)
        return (try await recent.copy().filter(\.$email == email.lowercased()).count(),
                try await recent.copy().filter(\.$address == address).count())
    }

    /// The live (not revoked) token with this hash.
    public static func token(hash: String, on db: any Database) async throws -> APITokenRecord? {
        try await APITokenRecord.query(on: db).filter(\.$tokenHash == hash).filter(\.$revokedAt == nil).first()
    }

    public static func tokens(userID: UUID, organizationID: UUID, on db: any Database) async throws -> [APITokenRecord] {
        try await APITokenRecord.query(on: db).filter(\.$userID == userID).filter(\.$organizationID == organizationID)
            .sort(\.$createdAt, .descending).all()
    }
}

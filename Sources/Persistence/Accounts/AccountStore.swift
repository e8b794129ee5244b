import Domain
import FluentKit
import Foundation

/// An account as pages and commands see it: never its password hash.
public struct Account: Sendable, Equatable {
    public let id: UUID
    public let email: String
    public let name: String
}

/// Accounts, sign-in and memberships: the work that happens before anyone is inside an organization.
extension AlignStore {
    public func anyAccountExists() async throws -> Bool {
        try await Accounts.anyUserExists(on: db)
    }

    public func account(id: UUID) async throws -> Account? {
        try await Accounts.user(id: id, on: db)?.account
    }

    public func account(email: String) async throws -> Account? {
        try await Accounts.user(email: email, on: db)?.account
    }

    /// The account with this email and its password hash, for checking a password.
    public func credentials(email: String) async throws -> (account: Account, passwordHash: String)? {
        try await Accounts.user(email: email, on: db).map { ($0.account, $0.passwordHash) }
    }

    public func passwordHash(of accountID: UUID) async throws -> String? {
        try await Accounts.user(id: accountID, on: db)?.passwordHash
    }

    public func setPasswordHash(_ hash: String, of accountID: UUID) async throws {
        guard let user = try await Accounts.user(id: accountID, on: db) else { throw NotFound() }
        user.passwordHash = hash
        try await user.save(on: db)
    }

    /// A new account; an email already in use is a field error on `email`.
    public func createAccount(_ account: NewAccount, passwordHash: String) async throws -> Account {
        try await Accounts.createUser(account, passwordHash: passwordHash, on: db).account
    }

    /// The first administrator and their organization, together or not at all.
    public func setUp(_ setup: FirstRunSetup, passwordHash: String) async throws -> Account {
        try await WriteGate.transaction(db) { db in
            let user = try await Accounts.createUser(setup.account, passwordHash: passwordHash, on: db)
            let org = OrganizationRecord(content: setup.organization)
            try await org.create(on: db)
            try await Accounts.setMembership(userID: user.id!, organizationID: org.id!, access: Access(role: .admin), on: db)
            return user.account
        }
    }

    /// Failed sign-ins since `date`, for one account and for one address.
    public func signInFailures(email: String, address: String, since date: Date) async throws -> (account: Int, address: Int) {
        try await Accounts.failures(email: email, address: address, since: date, on: db)
    }

    public func recordSignInAttempt(email: String, address: String, succeeded: Bool, at date: Date) async throws {
        try await Accounts.recordAttempt(email: email, address: address, succeeded: succeeded, at: date, on: db)
    }

    /// The organizations the account belongs to, by name.
    public func organizations(of accountID: UUID) async throws -> [Stored<Organization>] {
        try await Accounts.organizations(of: accountID, on: db)
    }

    public func organization(slug: String) async throws -> Stored<Organization>? {
        try await Organizations.find(slug: slug, on: db)?.stored
    }

    /// What the account may do in the organization; nil when it does not belong there.
    public func access(of accountID: UUID, in organizationID: UUID) async throws -> Access? {
        try await Accounts.membership(userID: accountID, organizationID: organizationID, on: db)?.access
    }

    /// Gives the account this access in the organization, replacing any role it had there.
    public func setAccess(_ access: Access, of accountID: UUID, in organizationID: UUID) async throws {
        try await Accounts.setMembership(userID: accountID, organizationID: organizationID, access: access, on: db)
    }

    /// The holder of a live API token and the organization it is for. Reading it writes nothing: its use is
    /// noted by `noteTokenUse` before the request's answer is looked for in the page cache.
    public func tokenHolder(secret: String) async throws -> (account: Account, organizationID: UUID)? {
        guard let token = try await Accounts.token(hash: APITokenSecret.hash(secret), on: db),
              let user = try await Accounts.user(id: token.userID, on: db) else { return nil }
        return (user.account, token.organizationID)
    }

    /// Notes that the live token with this hash was used, unless some instance noted it within `useNotedEvery`.
    /// Conditional, so the requests that find the note stale together write it once: a write on every
    /// request would make every API read wait for the database's writer.
    public func noteTokenUse(hash: String, at now: Date = Date()) async throws {
        try await APITokenRecord.query(on: db).filter(\.$tokenHash == hash).filter(\.$revokedAt == nil)
            .group(.or) { $0.filter(\.$lastUsedAt == nil).filter(\.$lastUsedAt < now.addingTimeInterval(-Self.useNotedEvery)) }
            .set(\.$lastUsedAt, to: now).update()
    }

    /// How stale the last use of a token or calendar feed may be.
    public static let useNotedEvery: TimeInterval = 60
}

extension UserRecord {
    var account: Account { Account(id: id!, email: email, name: name) }
}

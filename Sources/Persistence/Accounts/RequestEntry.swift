import Domain
import FluentKit
import Foundation
import SQLKit

/// An organization as one signed-in person enters it: what they may do there and how many
/// reminders wait unread in their inbox.
public struct OrganizationEntry: Sendable, Equatable {
    public let organization: Stored<Organization>
    public let access: Access
    /// Nil when it was not asked for (API requests show no inbox).
    public let unreadInbox: Int?
}

/// What every signed-in request reads before its page: its session, its account, the organization in
/// its path. Read as plain rows in one statement each, because every page pays for them: through Fluent's
/// query builder they cost five statements and most of a small page's time (reflection over each
/// record's fields, identifiers escaped one by one).
extension AlignStore {
    /// The values kept in a session, by the session's key; nil when there is no such session.
    public func sessionValues(key: String) async throws -> [String: String]? {
        guard let sql = db as? any SQLDatabase else { return nil }
        return try await sql.raw("SELECT data FROM _fluent_sessions WHERE key = \(bind: key)").first()?
            .decode(column: "data", as: [String: String].self)
    }

    /// The account with this id, read as one plain row.
    public func signedInAccount(id: UUID) async throws -> Account? {
        guard let sql = db as? any SQLDatabase else { return try await account(id: id) }
        guard let row = try await sql.raw("SELECT email, name FROM users WHERE id = \(bind: id)").first() else { return nil }
        return Account(id: id, email: try row.decode(column: "email", as: String.self), name: try row.decode(column: "name", as: String.self))
    }

    /// The organization with this slug if the account belongs to it, with its access and (when
    /// `countingUnread`) its unread reminders; nil for an unknown slug and for a non-member alike.
    public func entry(slug: String, accountID: UUID, countingUnread: Bool) async throws -> OrganizationEntry? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let unread: SQLQueryString = countingUnread
            ? "(SELECT COUNT(*) FROM inbox_messages i WHERE i.user_id = m.user_id AND i.organization_id = o.id AND i.read_at IS NULL)"
            : "0"
        guard let row = try await sql.raw("""
            SELECT o.id, o.name, o.slug, o.purpose, o.brand_promise, o.anonymity_threshold, m.role, m.team_ids, \(unread) AS unread
            FROM organizations o JOIN memberships m ON m.organization_id = o.id AND m.user_id = \(bind: accountID)
            WHERE o.slug = \(bind: slug)
            """).first() else { return nil }
        let organization = Organization(name: try row.decode(column: "name", as: String.self), slug: try row.decode(column: "slug", as: String.self),
                                        purpose: try row.decode(column: "purpose", as: String.self),
                                        brandPromise: try row.decode(column: "brand_promise", as: String.self),
                                        anonymityThreshold: try row.decode(column: "anonymity_threshold", as: Int?.self) ?? Anonymity.defaultThreshold)
        let access = StoredAccess.decode(role: try row.decode(column: "role", as: String.self), teamIDs: try row.decode(column: "team_ids", as: String.self))
        return OrganizationEntry(organization: Stored(id: try row.decode(column: "id", as: UUID.self), organizationID: nil, content: organization),
                                 access: access, unreadInbox: countingUnread ? try row.decode(column: "unread", as: Int.self) : nil)
    }
}

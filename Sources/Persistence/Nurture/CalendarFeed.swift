import Domain
import FluentKit
import Foundation

/// A person's live calendar feed, as their page shows it: never the secret itself.
public struct CalendarFeedState: Sendable, Equatable {
    public let prefix: String
    public let lastUsedAt: Date?
}

/// What a calendar feed's address opens: the organization and the check-ins assigned to its owner.
public struct CalendarFeedContent: Sendable {
    public let organization: Stored<Organization>
    /// Check-ins from 180 days back to 400 days ahead, with their customers' names.
    public let checkIns: [(checkIn: Stored<CheckIn>, customer: String?)]
}

/// One person's private iCalendar feed of the check-ins assigned to them, in one organization.
public struct CalendarFeed: Sendable {
    let scope: OrgScope
    let userID: UUID

    public init(_ scope: OrgScope, userID: UUID) {
        self.scope = scope
        self.userID = userID
    }

    public func current() async throws -> CalendarFeedState? {
        try await CalendarFeeds.current(userID: userID, organizationID: scope.id, on: scope.db)
            .map { CalendarFeedState(prefix: $0.prefix, lastUsedAt: $0.lastUsedAt) }
    }

    /// A new secret address, replacing any earlier one; the secret is returned once.
    public func issue() async throws -> String {
        try await CalendarFeeds.issue(userID: userID, organizationID: scope.id, on: scope.db)
    }

    public func revoke() async throws {
        try await CalendarFeeds.revoke(userID: userID, organizationID: scope.id, on: scope.db)
    }
}

extension AlignStore {
    /// What the feed with this secret shows, noting its use; nil for an unknown or revoked secret,
    /// or one whose owner has left the organization.
    public func calendarFeed(secret: String) async throws -> CalendarFeedContent? {
        guard let feed = try await CalendarFeeds.find(secret: secret, on: db),
              let user = try await Accounts.user(id: feed.userID, on: db),
              try await Accounts.membership(userID: feed.userID, organizationID: feed.organizationID, on: db) != nil,
              let org = try await OrganizationRecord.query(on: db).filter(\.$id == feed.organizationID).first()?.stored
        else { return nil }
        guard let me = try await PersonRecord.find(email: user.email, organizationID: org.id, on: db) else {
            return CalendarFeedContent(organization: org, checkIns: [])
        }
        let today = CalendarDate.today
        let customers = try await RecordStore<CustomerRecord>(db: db, organizationID: org.id).all()
        let names = Dictionary(customers.map { ($0.id, $0.accountName) }, uniquingKeysWith: { a, _ in a })
        let checkIns = try await RecordStore<CheckInRecord>(db: db, organizationID: org.id).all(filters: ListFilters(["assignee_id": me.id.uuidString]))
            .filter { $0.dueDate >= today.adding(days: -180) && $0.dueDate <= today.adding(days: 400) }
        return CalendarFeedContent(organization: org, checkIns: checkIns.map { ($0, names[$0.customerID]) })
    }
}

import Domain
import FluentKit
import Foundation

/// One person's in-app inbox of reminders, in one organization.
public struct Inbox: Sendable {
    public static let perPage = 25

    let scope: OrgScope
    let userID: UUID

    public init(_ scope: OrgScope, userID: UUID) {
        self.scope = scope
        self.userID = userID
    }

    public func unreadCount() async throws -> Int {
        try await mine().filter(\.$readAt == nil).count()
    }

    /// Newest first; a page past the end shows the last page.
    public func page(_ number: Int?) async throws -> Paged<InboxMessage> {
        let total = try await mine().count()
        let page = Pagination.within(total: total, page: number, per: Self.perPage)
        let records = try await mine().sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return Paged(items: records.map(Self.message), request: page, total: total)
    }

    /// Marks one of this person's reminders read; anyone else's is not found.
    public func markRead(_ id: UUID) async throws {
        guard let message = try await mine().filter(\.$id == id).first() else { throw NotFound() }
        if message.readAt == nil {
            message.readAt = Date()
            try await message.update(on: scope.db)
        }
    }

    public func markAllRead() async throws {
        try await mine().filter(\.$readAt == nil).set(\.$readAt, to: Date()).update()
    }

    private func mine() -> QueryBuilder<InboxMessageRecord> {
        InboxMessageRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$userID == userID)
    }

    private static func message(_ record: InboxMessageRecord) -> InboxMessage {
        InboxMessage(id: record.id!, title: record.title, body: record.body, url: record.url,
                     createdAt: record.createdAt ?? Date(), read: record.readAt != nil)
    }
}

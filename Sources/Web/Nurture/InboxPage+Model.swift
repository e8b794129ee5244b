import Domain
import Foundation

/// One person's reminders, newest first, a page at a time.
public struct InboxModel: Sendable {
    public let slug: String
    public let entries: [InboxMessage]
    public let page: Int
    public let pageCount: Int

    public init(slug: String, entries: [InboxMessage], page: Int, pageCount: Int) {
        self.slug = slug
        self.entries = entries
        self.page = page
        self.pageCount = pageCount
    }
}

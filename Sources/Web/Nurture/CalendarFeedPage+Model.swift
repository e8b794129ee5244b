import Domain
import Foundation

/// A person's calendar feed: whether there is one, and its address the once it is made.
public struct CalendarFeedModel: Sendable {
    public let slug: String
    public let hasFeed: Bool
    public let prefix: String?
    public let lastUsed: Date?
    public let newAddress: String?
    public let personName: String?

    public init(slug: String, hasFeed: Bool, prefix: String?, lastUsed: Date?, newAddress: String?, personName: String?) {
        self.slug = slug
        self.hasFeed = hasFeed
        self.prefix = prefix
        self.lastUsed = lastUsed
        self.newAddress = newAddress
        self.personName = personName
    }
}

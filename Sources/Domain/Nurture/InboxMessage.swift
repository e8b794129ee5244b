import Foundation

/// One reminder in a person's inbox.
public struct InboxMessage: Sendable, Equatable, Encodable {
    public let id: UUID
    public let title: String
    public let body: String
    public let url: String
    public let createdAt: Date
    public let read: Bool

    public init(id: UUID, title: String, body: String, url: String, createdAt: Date, read: Bool) {
        self.id = id
        self.title = title
        self.body = body
        self.url = url
        self.createdAt = createdAt
        self.read = read
    }
}

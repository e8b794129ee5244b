import Foundation

/// One webhook delivery: its state (queued, running, retrying, done or failed), tries and last answer.
public struct WebhookDelivery: Sendable, Equatable, Encodable {
    public let id: UUID
    public let state: String
    public let attempts: Int
    public let lastStatusCode: Int?
    public let lastError: String?
    public let nextAttemptAt: Date?
    public let createdAt: Date
    public let event: String

    public init(id: UUID, state: String, attempts: Int, lastStatusCode: Int?, lastError: String?, nextAttemptAt: Date?, createdAt: Date, event: String) {
        self.id = id
        self.state = state
        self.attempts = attempts
        self.lastStatusCode = lastStatusCode
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.createdAt = createdAt
        self.event = event
    }
}

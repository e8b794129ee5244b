import Domain
import FluentKit
import Foundation

public enum JobKind: String, Sendable, CaseIterable {
    /// Tell whoever checks in with a customer that the check-in is coming up.
    case checkInReminder = "check-in-reminder"
    /// Post a reminder to the organization's webhook.
    case webhookDelivery = "webhook-delivery"
    /// Give everyone asked by a pulse their link (or remind those who have not answered): inboxes and the webhook.
    case pulseInvitations = "pulse-invitations"
    /// Count an organization's feedback figures afresh after a change they do not follow by themselves.
    case recountFigures = "recount-figures"
    /// Ask everyone a planned change touches to acknowledge it, or remind those who have not.
    case changeAcknowledgements = "change-acknowledgements"
    /// Keep an organization's alignment index for the month, on the first pass of each month.
    case alignmentSnapshot = "alignment-snapshot"
    /// Make every team's one-pager for the month, on the first pass of each month.
    case teamOnePagers = "team-one-pagers"
    /// Find themes and propose links after an import, when the import's own process stopped before it had.
    case importFollowUp = "import-follow-up"
}

/// Scheduled work, claimed through the database so that any number of `align serve` processes on one
/// database do each job exactly once. `job_key` is unique: the same reminder is never queued twice.
public final class JobRecord: Model, @unchecked Sendable {
    public static let schema = "jobs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "kind") public var kindValue: String
    @Field(key: "job_key") public var key: String
    /// JSON the job's handler reads.
    @Field(key: "payload") public var payload: String
    @Field(key: "run_at") public var runAt: Date
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "claimed_by") public var claimedBy: String?
    @OptionalField(key: "claim_token") var claimToken: String?
    @OptionalField(key: "claimed_at") public var claimedAt: Date?
    @OptionalField(key: "done_at") public var doneAt: Date?
    @OptionalField(key: "failed_at") public var failedAt: Date?
    @OptionalField(key: "last_error") public var lastError: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $kindValue, $key, $payload, $runAt, $attempts, $claimedBy, $claimToken, $claimedAt, $doneAt, $failedAt, $lastError, $createdAt] }

    public init() {}

    public var kind: JobKind? { JobKind(rawValue: kindValue) }

    public var state: String {
        if doneAt != nil { return "done" }
        if failedAt != nil { return "failed" }
        if claimedAt != nil { return "running" }
        return attempts == 0 ? "queued" : "retrying"
    }
}

/// A reminder in a person's in-app inbox. One per job and person, whoever ran the job.
public final class InboxMessageRecord: Model, @unchecked Sendable {
    public static let schema = "inbox_messages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "job_id") public var jobID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    @Field(key: "url") public var url: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "read_at") public var readAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $userID, $jobID, $title, $body, $url, $createdAt, $readAt] }

    public init() {}

    init(organizationID: UUID, userID: UUID, jobID: UUID, title: String, body: String, url: String) {
        self.organizationID = organizationID
        self.userID = userID
        self.jobID = jobID
        self.title = title
        self.body = body
        self.url = url
    }
}

/// One try at posting to a webhook, kept so people can see what happened to each delivery.
public final class WebhookAttemptRecord: Model, @unchecked Sendable {
    public static let schema = "webhook_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "job_id") public var jobID: UUID
    @Field(key: "attempt") public var attempt: Int
    @OptionalField(key: "status_code") public var statusCode: Int?
    @OptionalField(key: "error") public var error: String?
    @Field(key: "duration_ms") public var durationMS: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $jobID, $attempt, $statusCode, $error, $durationMS, $createdAt] }

    public init() {}

    public init(organizationID: UUID, jobID: UUID, attempt: Int, statusCode: Int?, error: String?, durationMS: Int) {
        self.organizationID = organizationID
        self.jobID = jobID
        self.attempt = attempt
        self.statusCode = statusCode
        self.error = error
        self.durationMS = durationMS
    }
}

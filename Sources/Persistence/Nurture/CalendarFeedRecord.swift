import Domain
import FluentKit
import Foundation

/// A private calendar address for one person in one organization. Only a hash of its secret is kept;
/// revoking it makes the address stop working at once.
public final class CalendarFeedRecord: Model, @unchecked Sendable {
    public static let schema = "calendar_feeds"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "prefix") public var prefix: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $userID, $organizationID, $tokenHash, $prefix, $createdAt, $lastUsedAt, $revokedAt] }

    public init() {}
}

public enum CalendarFeeds {
    /// Makes a new feed secret for the person, revoking any earlier one; the secret is returned once.
    public static func issue(userID: UUID, organizationID: UUID, on db: any Database) async throws -> String {
        let secret = Secrets.make(prefix: "cal_")
        try await WriteGate.transaction(db) { tx in
            try await revoke(userID: userID, organizationID: organizationID, on: tx)
            let record = CalendarFeedRecord()
            record.userID = userID
            record.organizationID = organizationID
            record.tokenHash = Secrets.hash(secret)
            record.prefix = String(secret.prefix(10))
            try await record.create(on: tx)
        }
        return secret
    }

    public static func revoke(userID: UUID, organizationID: UUID, on db: any Database) async throws {
        try await CalendarFeedRecord.query(on: db).filter(\.$userID == userID).filter(\.$organizationID == organizationID)
            .filter(\.$revokedAt == nil).set(\.$revokedAt, to: Date()).update()
    }

    /// The person's live feed, if any.
    public static func current(userID: UUID, organizationID: UUID, on db: any Database) async throws -> CalendarFeedRecord? {
        try await CalendarFeedRecord.query(on: db).filter(\.$userID == userID).filter(\.$organizationID == organizationID)
            .filter(\.$revokedAt == nil).first()
    }

    /// The live feed a secret opens, noting its use.
    public static func find(secret: String, on db: any Database) async throws -> CalendarFeedRecord? {
        guard secret.hasPrefix("cal_"), secret.count < 100 else { return nil }
        guard let record = try await CalendarFeedRecord.query(on: db).filter(\.$tokenHash == Secrets.hash(secret)).filter(\.$revokedAt == nil).first()
        else { return nil }
        let now = Date()
        if record.lastUsedAt.map({ now.timeIntervalSince($0) >= AlignStore.useNotedEvery }) ?? true, let id = record.id {
            // Written once however many readers find it stale together (see `AlignStore.tokenHolder`).
            try await CalendarFeedRecord.query(on: db).filter(\.$id == id)
                .group(.or) { $0.filter(\.$lastUsedAt == nil).filter(\.$lastUsedAt < now.addingTimeInterval(-AlignStore.useNotedEvery)) }
                .set(\.$lastUsedAt, to: now).update()
        }
        return record
    }
}

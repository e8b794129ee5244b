import Domain
import FluentKit
import Foundation

/// One move of an initiative's status: who moved it, when, and the reason they gave.
public final class InitiativeStatusChangeRecord: Model, @unchecked Sendable {
    public static let schema = "initiative_status_changes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "initiative_id") public var initiativeID: UUID
    @Field(key: "from_status") var fromStatus: String
    @Field(key: "to_status") var toStatus: String
    @OptionalField(key: "by_user_id") public var byUserID: UUID?
    @Field(key: "by_name") public var byName: String
    @Field(key: "note") public var note: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $initiativeID, $fromStatus, $toStatus, $byUserID, $byName, $note, $createdAt] }

    public init() {}

    init(organizationID: UUID, initiativeID: UUID, from: InitiativeStatus, to: InitiativeStatus, by: Actor, note: String) {
        self.organizationID = organizationID
        self.initiativeID = initiativeID
        self.fromStatus = from.rawValue
        self.toStatus = to.rawValue
        self.byUserID = by.userID
        self.byName = by.name
        self.note = note
    }

    public var from: InitiativeStatus { InitiativeStatus(rawValue: fromStatus) ?? .proposed }
    public var to: InitiativeStatus { InitiativeStatus(rawValue: toStatus) ?? .proposed }

    public static func history(of initiativeID: UUID, on db: any Database) async throws -> [InitiativeStatusChangeRecord] {
        try await query(on: db).filter(\.$initiativeID == initiativeID).sort(\.$createdAt).sort(\.$id).all()
    }
}

/// A field of a process, policy or handoff as it was before an initiative's change was applied, and after.
public final class RecordRevisionRecord: Model, @unchecked Sendable {
    public static let schema = "record_revisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    /// "processes" or "handoffs".
    @Field(key: "record_kind") public var recordKind: String
    @Field(key: "record_id") public var recordID: UUID
    @OptionalField(key: "initiative_id") public var initiativeID: UUID?
    @OptionalField(key: "change_id") public var changeID: UUID?
    @Field(key: "field") public var field: String
    @Field(key: "before") public var before: String
    @Field(key: "after") public var after: String
    @Field(key: "applied_on") public var appliedOn: String
    @Field(key: "by_name") public var byName: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $recordKind, $recordID, $initiativeID, $changeID, $field, $before, $after, $appliedOn, $byName, $createdAt] }

    public init() {}

    init(organizationID: UUID, kind: String, recordID: UUID, initiativeID: UUID, changeID: UUID, field: String,
         before: String, after: String, on day: CalendarDate, by: Actor) {
        self.organizationID = organizationID
        self.recordKind = kind
        self.recordID = recordID
        self.initiativeID = initiativeID
        self.changeID = changeID
        self.field = field
        self.before = before
        self.after = after
        self.appliedOn = day.description
        self.byName = by.name
    }

    /// A record's revisions, newest first.
    public static func history(kind: String, recordID: UUID, on db: any Database) async throws -> [RecordRevisionRecord] {
        try await query(on: db).filter(\.$recordKind == kind).filter(\.$recordID == recordID)
            .sort(\.$appliedOn, .descending).sort(\.$createdAt, .descending).all()
    }
}

/// A field of a process, policy or handoff as an initiative's change found it and left it.
public struct RecordRevision: Sendable, Equatable {
    public let appliedOn: String
    public let field: String
    public let before: String
    public let after: String
    public let initiativeID: UUID?
}

extension OrgScope {
    /// What initiatives changed on a record, newest first.
    public func revisions(of kind: RecordKind, _ recordID: UUID) async throws -> [RecordRevision] {
        try await RecordRevisionRecord.history(kind: kind.rawValue, recordID: recordID, on: db)
            .filter { $0.organizationID == id }
            .map { RecordRevision(appliedOn: $0.appliedOn, field: $0.field, before: $0.before, after: $0.after, initiativeID: $0.initiativeID) }
    }
}

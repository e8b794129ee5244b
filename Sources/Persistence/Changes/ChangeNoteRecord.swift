import Domain
import FluentKit
import Foundation

/// A "what is changing" note to one customer about one planned change; one per customer and change.
public final class ChangeNoteRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "change_notes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "change_id") var changeID: UUID
    @Field(key: "customer_id") var customerID: UUID
    @Field(key: "body") var body: String
    @Field(key: "status") var status: String
    @OptionalField(key: "sent_on") var sentOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $changeID, $customerID, $body, $status, $sentOn, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: ChangeNote) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: ChangeNote) {
        (changeID, customerID, body, status, sentOn) = (content.changeID, content.customerID, content.body, content.status.rawValue, content.sentOn?.description)
    }

    public var content: ChangeNote {
        ChangeNote(changeID: changeID, customerID: customerID, body: body, status: NoteStatus(rawValue: status) ?? .draft,
                   sentOn: sentOn.flatMap(CalendarDate.init))
    }

    public static var organizationKey: KeyPath<ChangeNoteRecord, FieldProperty<ChangeNoteRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<ChangeNoteRecord>) -> QueryBuilder<ChangeNoteRecord> {
        query.sort(\.$status).sort(\.$createdAt).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<ChangeNoteRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<ChangeNoteRecord> {
        if let change = filters.id("change_id") { query.filter(\.$changeID == change) }
        if let customer = filters.id("customer_id") { query.filter(\.$customerID == customer) }
        if let status = filters.choice("status", as: NoteStatus.self) { query.filter(\.$status == status.rawValue) }
        return query
    }
}

/// A note names a change and a customer of this organization, once per pair; it belongs to the change's owner team.
public enum ChangeNoteRules: RecordRules {
    public typealias Record = ChangeNoteRecord
    public static let kind = RecordKind.changeNotes

    public static func owningTeams(_ content: ChangeNote, _ scope: OrgScope) async throws -> Set<UUID> {
        Set([try await scope.store(PlannedChangeRecord.self).find(content.changeID)?.ownerTeamID].compactMap { $0 })
    }

    public static func references(_ content: ChangeNote) -> [Reference] {
        [Reference(field: "change_id", label: "Planned change", kind: .changes, id: content.changeID),
         Reference(field: "customer_id", label: "Customer", kind: .customers, id: content.customerID)]
    }

    public static func validate(_ content: ChangeNote, existing: ChangeNoteRecord?, _ scope: OrgScope) async throws {
        let other = try await ChangeNoteRecord.query(on: scope.db).filter(\.$changeID == content.changeID)
            .filter(\.$customerID == content.customerID).first()
        if let other, other.id != existing?.id {
            throw ValidationFailure(field: "customer_id", message: "This customer has a note about this change already; edit that one.")
        }
    }
}

struct CreateChangeNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("change_notes").organizationOwned()
            .field("change_id", .uuid, .required, .references("planned_changes", "id", onDelete: .cascade))
            .field("customer_id", .uuid, .required, .references("customers", "id", onDelete: .cascade))
            .field("body", .string, .required).field("status", .string, .required).field("sent_on", .string)
            .timestamps().unique(on: "change_id", "customer_id").create()
        try await createIndexes("change_notes", [["customer_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("change_notes").delete()
    }
}

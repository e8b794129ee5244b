import Domain
import FluentKit
import Foundation

public final class ConversationRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "conversations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "customer_id") var customerID: UUID
    /// Contact and attendee ids, comma-separated: a deleted contact or person simply stops being shown.
    @Field(key: "contact_ids") var contactIDs: String
    @Field(key: "attendee_ids") var attendeeIDs: String
    @Field(key: "date") var date: String
    @Field(key: "format") var format: String
    @Field(key: "works_well") var worksWell: String
    @Field(key: "does_not_work") var doesNotWork: String
    @Field(key: "matters_most") var mattersMost: String
    @Field(key: "improvements") var improvements: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $customerID, $contactIDs, $attendeeIDs, $date, $format, $worksWell, $doesNotWork, $mattersMost, $improvements, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Conversation) {
        self.organizationID = organizationID
        apply(content)
    }

    public static var organizationKey: KeyPath<ConversationRecord, FieldProperty<ConversationRecord, UUID>> { \.$organizationID }

    public func apply(_ content: Conversation) {
        customerID = content.customerID
        contactIDs = IDList.encode(content.contactIDs)
        attendeeIDs = IDList.encode(content.attendeeIDs)
        date = content.date.description
        format = content.format.rawValue
        worksWell = content.worksWell
        doesNotWork = content.doesNotWork
        mattersMost = content.mattersMost
        improvements = content.improvements
    }

    public var content: Conversation {
        Conversation(customerID: customerID, contactIDs: IDList.decode(contactIDs),
                     date: CalendarDate(date) ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                     format: ConversationFormat(rawValue: format) ?? .other, attendeeIDs: IDList.decode(attendeeIDs),
                     worksWell: worksWell, doesNotWork: doesNotWork, mattersMost: mattersMost, improvements: improvements)
    }

    public static func sorted(_ query: QueryBuilder<ConversationRecord>) -> QueryBuilder<ConversationRecord> {
        query.sort(\.$date, .descending).sort(\.$createdAt, .descending).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<ConversationRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<ConversationRecord> {
        if let customer = filters.id("customer_id") { query.filter(\.$customerID == customer) }
        if let format = filters.choice("format", as: ConversationFormat.self) { query.filter(\.$format == format.rawValue) }
        return query
    }
}

/// Lists of ids kept in one text column.
enum IDList {
    static func encode(_ ids: [UUID]) -> String { ids.map(\.uuidString).joined(separator: ",") }
    static func decode(_ text: String) -> [UUID] { text.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}

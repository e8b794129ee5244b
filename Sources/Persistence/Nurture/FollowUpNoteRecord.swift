import Domain
import FluentKit
import Foundation

public final class FollowUpNoteRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "follow_up_notes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "conversation_id") public var conversationID: UUID
    @Field(key: "body") var body: String
    @Field(key: "status") var status: String
    @OptionalField(key: "sent_on") var sentOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $conversationID, $body, $status, $sentOn, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: FollowUpNote) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: FollowUpNote) {
        conversationID = content.conversationID
        body = content.body
        status = content.status.rawValue
        sentOn = content.sentOn?.description
    }

    public var content: FollowUpNote {
        FollowUpNote(conversationID: conversationID, body: body, status: NoteStatus(rawValue: status) ?? .draft,
                     sentOn: sentOn.flatMap(CalendarDate.init))
    }

    public static var organizationKey: KeyPath<FollowUpNoteRecord, FieldProperty<FollowUpNoteRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<FollowUpNoteRecord>) -> QueryBuilder<FollowUpNoteRecord> {
        query.sort(\.$status).sort(\.$createdAt, .descending).sort(\.$id)
    }

    /// Filters: status, conversation, customer (through the conversation).
    public static func filtered(_ query: QueryBuilder<FollowUpNoteRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<FollowUpNoteRecord> {
        if let status = filters.choice("status", as: NoteStatus.self) { query.filter(\.$status == status.rawValue) }
        if let conversation = filters.id("conversation_id") { query.filter(\.$conversationID == conversation) }
        if let customer = filters.id("customer_id") {
            let conversations = try await ConversationRecord.query(on: db).filter(\.$customerID == customer).all(\.$id)
            query.filter(\.$conversationID ~~ conversations)
        }
        return query
    }
}

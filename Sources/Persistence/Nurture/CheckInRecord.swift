import Domain
import FluentKit
import Foundation

public final class CheckInRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "check_ins"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "customer_id") public var customerID: UUID
    @OptionalField(key: "conversation_id") public var conversationID: UUID?
    @Field(key: "due_date") public var dueDate: String
    @OptionalField(key: "assignee_id") public var assigneeID: UUID?
    @Field(key: "status") var status: String
    @OptionalField(key: "feeling") var feeling: Int?
    @Field(key: "comment") var comment: String
    @OptionalField(key: "completed_on") var completedOn: String?
    @OptionalField(key: "offset_months") var offsetMonths: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $customerID, $conversationID, $dueDate, $assigneeID, $status, $feeling, $comment, $completedOn, $offsetMonths, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CheckIn) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CheckIn) {
        customerID = content.customerID
        conversationID = content.conversationID
        dueDate = content.dueDate.description
        assigneeID = content.assigneeID
        status = content.status.rawValue
        feeling = content.feeling
        comment = content.comment
        completedOn = content.completedOn?.description
        // Kept by the scheduler: a form that does not carry it leaves it as it was.
        if let offset = content.offsetMonths { offsetMonths = offset }
    }

    public var content: CheckIn {
        CheckIn(customerID: customerID, conversationID: conversationID, dueDate: CalendarDate(dueDate) ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                assigneeID: assigneeID, status: CheckInStatus(rawValue: status) ?? .scheduled, feeling: feeling, comment: comment,
                completedOn: completedOn.flatMap(CalendarDate.init), offsetMonths: offsetMonths)
    }

    public static var organizationKey: KeyPath<CheckInRecord, FieldProperty<CheckInRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CheckInRecord>) -> QueryBuilder<CheckInRecord> {
        query.sort(\.$dueDate).sort(\.$id)
    }

    /// Filters: status, customer, conversation, assignee, and `when`: overdue, this-week (due from Monday
    /// to Sunday of the current week, still scheduled) or upcoming.
    public static func filtered(_ query: QueryBuilder<CheckInRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CheckInRecord> {
        if let status = filters.choice("status", as: CheckInStatus.self) { query.filter(\.$status == status.rawValue) }
        if let customer = filters.id("customer_id") { query.filter(\.$customerID == customer) }
        if let conversation = filters.id("conversation_id") { query.filter(\.$conversationID == conversation) }
        if let assignee = filters.id("assignee_id") { query.filter(\.$assigneeID == assignee) }
        let today = filters["today"].flatMap(CalendarDate.init) ?? .today
        switch filters["when"] {
        case "overdue":
            query.filter(\.$status == CheckInStatus.scheduled.rawValue).filter(\.$dueDate < today.description)
        case "this-week":
            let monday = today.startOfWeek
            query.filter(\.$status == CheckInStatus.scheduled.rawValue)
                .filter(\.$dueDate >= monday.description).filter(\.$dueDate <= monday.adding(days: 6).description)
        case "upcoming":
            query.filter(\.$status == CheckInStatus.scheduled.rawValue).filter(\.$dueDate >= today.description)
        default: break
        }
        return query
    }
}

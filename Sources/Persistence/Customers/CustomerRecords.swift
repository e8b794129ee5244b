import Domain
import FluentKit
import Foundation

public final class CustomerRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "customers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "account_name") var accountName: String
    @Field(key: "segment") var segment: String
    @Field(key: "value_tier") var valueTier: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $accountName, $segment, $valueTier, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Customer) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Customer) {
        accountName = content.accountName
        segment = content.segment
        valueTier = content.valueTier.rawValue
    }

    public var content: Customer {
        Customer(accountName: accountName, segment: segment, valueTier: ValueTier(rawValue: valueTier) ?? .medium)
    }

    public static var organizationKey: KeyPath<CustomerRecord, FieldProperty<CustomerRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CustomerRecord>) -> QueryBuilder<CustomerRecord> {
        query.sort(\.$accountName).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CustomerRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CustomerRecord> {
        if let segment = filters["segment"] { query.filter(\.$segment == segment) }
        if let tier = filters.choice("value_tier", as: ValueTier.self) { query.filter(\.$valueTier == tier.rawValue) }
        return query
    }
}

public final class ContactRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "contacts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "customer_id") var customerID: UUID
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @Field(key: "email") var email: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $customerID, $name, $role, $email, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Contact) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Contact) {
        customerID = content.customerID
        name = content.name
        role = content.role
        email = content.email
    }

    public var content: Contact { Contact(customerID: customerID, name: name, role: role, email: email) }

    public static var organizationKey: KeyPath<ContactRecord, FieldProperty<ContactRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<ContactRecord>) -> QueryBuilder<ContactRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<ContactRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<ContactRecord> {
        if let customer = filters.id("customer_id") { query.filter(\.$customerID == customer) }
        return query
    }
}

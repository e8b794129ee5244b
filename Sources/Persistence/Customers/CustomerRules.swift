import Domain
import Foundation

/// What must hold for customers beyond their own parsing: references, owning teams, validation, deletion.
public enum CustomerRules: RecordRules {
    public typealias Record = CustomerRecord
    public static let kind = RecordKind.customers

    public static func references(_ content: Customer) -> [Reference] { [] }

    public static func deletionConsequences(_ record: CustomerRecord, _ scope: OrgScope) async throws -> [String] {
        let count = try await scope.store(ContactRecord.self).all(filters: ListFilters(["customer_id": record.stored.id.uuidString])).count
        return ["Its \(counted(count, "contact")) are deleted too."]
    }
}

/// What must hold for contacts beyond their own parsing: references, owning teams, validation, deletion.
public enum ContactRules: RecordRules {
    public typealias Record = ContactRecord
    public static let kind = RecordKind.contacts

    public static func references(_ content: Contact) -> [Reference] {
        [Reference(field: "customer_id", label: "Customer", kind: .customers, id: content.customerID)]
    }
}

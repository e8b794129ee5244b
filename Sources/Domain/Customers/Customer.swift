import Foundation

/// How much a customer account is worth to the organization; weighs its feedback later.
public enum ValueTier: String, Choice {
    case strategic, high, medium, low

    public var label: String {
        switch self {
        case .strategic: "Strategic"
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}

public struct Customer: RecordContent {
    public var accountName: String
    public var segment: String
    public var valueTier: ValueTier

    public init(accountName: String, segment: String = "", valueTier: ValueTier = .medium) {
        self.accountName = accountName
        self.segment = segment
        self.valueTier = valueTier
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Customer {
        var reader = FieldReader(input)
        let name = reader.text("account_name", "Account name", maxLength: 160)
        let segment = reader.optionalText("segment", "Segment", maxLength: 120)
        let tier = reader.choice("value_tier", "Value tier", as: ValueTier.self)
        try reader.finish()
        return Customer(accountName: name, segment: segment, valueTier: tier!)
    }

    public var formInput: FormInput {
        .from([("account_name", accountName), ("segment", segment), ("value_tier", valueTier.rawValue)])
    }
}

/// A person at a customer account.
public struct Contact: RecordContent {
    public var customerID: UUID
    public var name: String
    public var role: String
    public var email: String

    public init(customerID: UUID, name: String, role: String = "", email: String = "") {
        self.customerID = customerID
        self.name = name
        self.role = role
        self.email = email
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Contact {
        var reader = FieldReader(input)
        let customer = reader.id("customer_id", "Customer")
        let name = reader.text("name", "Name", maxLength: 120)
        let role = reader.optionalText("role", "Role", maxLength: 120)
        let email = reader.optionalEmail("email", "Email")
        try reader.finish()
        return Contact(customerID: customer!, name: name, role: role, email: email)
    }

    public var formInput: FormInput {
        .from([("customer_id", customerID.uuidString), ("name", name), ("role", role), ("email", email)])
    }
}

import Foundation

/// Password rules, kept simple and long rather than clever.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 200

    public static func check(_ password: String, field: String, reader: inout FieldReader) {
        if password.count < minimumLength {
            reader.fail(field, "Password must be at least \(minimumLength) characters long.")
        } else if password.count > maximumLength {
            reader.fail(field, "Password must be at most \(maximumLength) characters long.")
        }
    }
}

/// A new account: name, email and password.
public struct NewAccount: Sendable, Equatable {
    public var name: String
    public var email: String
    public var password: String

    public init(name: String, email: String, password: String) {
        self.name = name
        self.email = email.lowercased()
        self.password = password
    }

    /// Reads name, email and password (and, when `confirm` is set, `password_confirmation`).
    public static func read(_ reader: inout FieldReader, confirm: Bool) -> NewAccount {
        let name = reader.text("user_name", "Your name", maxLength: 120)
        let email = reader.optionalEmail("email", "Email")
        if reader.input.value("email") == nil { reader.fail("email", "Email is required.") }
        let password = reader.input.fields["password"]?.first ?? ""
        PasswordPolicy.check(password, field: "password", reader: &reader)
        if confirm && password != (reader.input.fields["password_confirmation"]?.first ?? "") {
            reader.fail("password_confirmation", "The two passwords do not match.")
        }
        return NewAccount(name: name, email: email, password: password)
    }
}

/// The first run: the first administrator and their organization.
public struct FirstRunSetup: Sendable, Equatable {
    public var account: NewAccount
    public var organization: Organization

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> FirstRunSetup {
        var reader = FieldReader(input)
        let account = NewAccount.read(&reader, confirm: true)
        let orgName = reader.text("organization_name", "Organization name", maxLength: 120)
        let slug = Slug.make(from: orgName)
        if !orgName.isEmpty && slug.isEmpty {
            reader.fail("organization_name", "Organization name needs at least one letter or digit.")
        }
        try reader.finish()
        return FirstRunSetup(account: account, organization: Organization(name: orgName, slug: slug))
    }
}

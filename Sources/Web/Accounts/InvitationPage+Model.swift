import Domain
import Plot

/// What someone opening an invitation link sees, which depends on who they are.
public struct InvitationModel: Sendable {
    public enum Visitor: Sendable {
        /// Signed in as the invited person: one button joins.
        case signedIn(name: String)
        /// Not signed in, with an account already: sign in first.
        case hasAccount
        /// Not signed in and no account yet: the form that creates one and joins.
        case newAccount(values: FormInput, errors: [FieldError])
    }

    public let organizationName: String
    public let role: Role
    public let email: String
    /// The invitation's own address, where the page posts and sign-in returns.
    public let path: String
    public let visitor: Visitor

    public init(organizationName: String, role: Role, email: String, path: String, visitor: Visitor) {
        self.organizationName = organizationName
        self.role = role
        self.email = email
        self.path = path
        self.visitor = visitor
    }

    var title: String { "Join \(organizationName)" }
    var lead: String { "You are invited as \(role.label.lowercased()) (\(email))." }
}

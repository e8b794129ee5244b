import Domain
import Foundation

/// Who belongs to the organization, pending invitations, and the invitation form.
public struct MembersModel: Sendable {
    public let slug: String
    public let members: [MemberRow]
    public let invitations: [InvitationRow]
    public let inviteForm: FormModel
    public let newLink: String?

    public init(slug: String, members: [MemberRow], invitations: [InvitationRow], inviteForm: FormModel, newLink: String?) {
        self.slug = slug
        self.members = members
        self.invitations = invitations
        self.inviteForm = inviteForm
        self.newLink = newLink
    }
}

/// A member as the members page lists them.
public struct MemberRow: Sendable {
    public let membershipID: UUID
    public let name: String
    public let email: String
    public let role: String

    public init(membershipID: UUID, name: String, email: String, role: String) {
        self.membershipID = membershipID
        self.name = name
        self.email = email
        self.role = role
    }
}

public struct InvitationRow: Sendable {
    public let id: UUID
    public let email: String
    public let role: String
    public let expires: String

    public init(id: UUID, email: String, role: String, expires: String) {
        self.id = id
        self.email = email
        self.role = role
        self.expires = expires
    }
}

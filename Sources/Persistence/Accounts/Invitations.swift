import Domain
import FluentKit
import Foundation

/// An invitation that can still be accepted, and the organization it is to.
public struct OpenInvitation: Sendable {
    public let id: UUID
    public let email: String
    public let access: Access
    public let organization: Stored<Organization>
}

extension AlignStore {
    /// The invitation behind a link's secret, if it can still be used; otherwise not found, with a reason.
    public func invitation(secret: String) async throws -> OpenInvitation {
        guard secret.count == 64, secret.allSatisfy(\.isHexDigit),
              let invitation = try await Members.invitation(tokenHash: APITokenSecret.hash(secret), on: db),
              let org = try await OrganizationRecord.find(invitation.organizationID, on: db) else {
            throw NotFound("This invitation link is not valid. Ask the person who invited you for a new one.")
        }
        guard invitation.isUsable(at: Date()) else {
            throw NotFound("This invitation has already been used, was withdrawn, or has expired. Ask for a new one.")
        }
        return OpenInvitation(id: invitation.id!, email: invitation.email, access: invitation.access, organization: org.stored)
    }

    /// Joins the invited organization with the invited role, once.
    public func accept(_ open: OpenInvitation, userID: UUID, name: String) async throws {
        try await WriteGate.transaction(db) { db in
            guard let invitation = try await InvitationRecord.find(open.id, on: db), invitation.isUsable(at: Date()) else {
                throw NotFound("This invitation has already been used, was withdrawn, or has expired. Ask for a new one.")
            }
            try await Accounts.setMembership(userID: userID, organizationID: open.organization.id, access: invitation.access, on: db)
            invitation.acceptedAt = Date()
            try await invitation.save(on: db)
            try await AuditLog.record(AuditRecord(organizationID: open.organization.id, userID: userID, actorName: name, action: .create,
                                                  kind: "members", recordID: open.id, recordTitle: name,
                                                  changes: [FieldChange(field: "role", before: "", after: invitation.access.role.rawValue)],
                                                  at: Date()), on: db)
        }
    }
}

import Domain
import FluentKit
import Foundation

/// An invitation still waiting to be accepted.
public struct PendingInvitation: Sendable, Equatable {
    public let id: UUID
    public let email: String
    public let access: Access
    public let expiresAt: Date
}

/// Who belongs to one organization, with which role: invitations, role changes, removal.
/// Administrators only; the last administrator can be neither demoted nor removed.
public struct Memberships: Sendable {
    public static let invitationLifetime: TimeInterval = 7 * 24 * 60 * 60

    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    public func members() async throws -> [Member] {
        try scope.authorize(.manageMembers)
        return try await Members.all(organizationID: scope.id, on: scope.db)
    }

    public func member(_ membershipID: UUID) async throws -> Member {
        guard let member = try await members().first(where: { $0.membershipID == membershipID }) else { throw NotFound() }
        return member
    }

    public func pendingInvitations(now: Date = Date()) async throws -> [PendingInvitation] {
        try scope.authorize(.manageMembers)
        return try await Members.pendingInvitations(organizationID: scope.id, now: now, on: scope.db).map {
            PendingInvitation(id: $0.id!, email: $0.email, access: $0.access, expiresAt: $0.expiresAt)
        }
    }

    /// Reads `role` and, for team leads, `team_ids`; led teams must belong to this organization.
    public func readAccess(_ reader: inout FieldReader) async throws -> Access? {
        let role = reader.choice("role", "Role", as: Role.self)
        let teams = reader.ids("team_ids", "Teams led")
        for team in teams where try await scope.store(TeamRecord.self).find(team) == nil {
            reader.fail("team_ids", "Teams led contains a team that is not in this organization.")
        }
        if role == .teamLead && teams.isEmpty { reader.fail("team_ids", "Choose at least one team for a team lead.") }
        return role.map { Access(role: $0, ledTeams: Set(teams)) }
    }

    /// A single-use invitation; returns the secret of its link, this once.
    public func invite(email: String, access: Access) async throws -> String {
        try scope.authorize(.manageMembers)
        let secret = APITokenSecret.generate().replacingOccurrences(of: "align_", with: "")
        let invitation = InvitationRecord(organizationID: scope.id, email: email, access: access, tokenHash: APITokenSecret.hash(secret),
                                          expiresAt: Date().addingTimeInterval(Self.invitationLifetime), createdBy: scope.actor.userID)
        try await invitation.create(on: scope.db)
        try await scope.audit(.create, "invitations", id: invitation.id!, before: nil,
                              after: FormInput(single: ["name": email, "role": access.role.rawValue]))
        return secret
    }

    public func isLastAdmin(_ member: Member) async throws -> Bool {
        guard member.access.role == .admin else { return false }
        return try await members().filter { $0.access.role == .admin }.count == 1
    }

    public func setAccess(_ member: Member, _ access: Access) async throws {
        try scope.authorize(.manageMembers)
        try await Accounts.setMembership(userID: member.userID, organizationID: scope.id, access: access, on: scope.db)
        try await scope.audit(.update, "members", id: member.membershipID,
                              before: FormInput(single: ["name": member.name, "role": member.access.role.rawValue]),
                              after: FormInput(single: ["name": member.name, "role": access.role.rawValue]))
    }

    /// Takes the member out of the organization; their API tokens for it stop working.
    public func remove(_ member: Member) async throws {
        if try await isLastAdmin(member) { throw Conflict("\(member.name) is the only administrator. Make someone else an administrator first.") }
        try await MembershipRecord.query(on: scope.db).filter(\.$id == member.membershipID).delete()
        for token in try await Accounts.tokens(userID: member.userID, organizationID: scope.id, on: scope.db) where token.revokedAt == nil {
            token.revokedAt = Date()
            try await token.save(on: scope.db)
        }
        try await scope.audit(.delete, "members", id: member.membershipID,
                              before: FormInput(single: ["name": member.name, "role": member.access.role.rawValue]), after: nil)
    }

    public func revokeInvitation(_ id: UUID) async throws {
        try scope.authorize(.manageMembers)
        guard let invitation = try await InvitationRecord.query(on: scope.db).filter(\.$id == id).filter(\.$organizationID == scope.id).first() else {
            throw NotFound()
        }
        invitation.revokedAt = Date()
        try await invitation.save(on: scope.db)
        try await scope.audit(.delete, "invitations", id: id, before: FormInput(single: ["name": invitation.email]), after: nil)
    }
}

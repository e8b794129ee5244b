import Domain
import Foundation
import Web

extension Fixture {
    /// Members, invitations and personal API tokens.
    enum Accounts {
        static let ana = id(701), priya = id(702), tom = id(703), grace = id(704)
        static let invitationDev = id(710), invitationAuditor = id(711)
        static let tokenImport = id(720), tokenDashboard = id(721), tokenOld = id(722)

        static var members: [MemberRow] {
            [MemberRow(membershipID: ana, name: "Ana Ruiz", email: "ana.ruiz@riverbendwater.example", role: "Administrator"),
             MemberRow(membershipID: priya, name: "Priya Shah", email: "priya.shah@riverbendwater.example", role: "CX lead"),
             MemberRow(membershipID: tom, name: "Tom O'Neill " + markup, email: "tom.oneill@riverbendwater.example", role: "Team lead"),
             MemberRow(membershipID: grace, name: "Grace Mensah", email: "grace.mensah@riverbendwater.example", role: "Viewer")]
        }

        static var invitations: [InvitationRow] {
            [InvitationRow(id: invitationDev, email: "sam.fielding@riverbendwater.example", role: "Team lead", expires: "2026-03-10"),
             InvitationRow(id: invitationAuditor, email: "auditor+" + markup + "@example.org", role: "Viewer", expires: "2026-03-08")]
        }

        static func inviteForm(values: FormInput = FormInput(single: ["role": "viewer"]), errors: [FieldError] = []) -> FormModel {
            FormModel(title: "Invite someone", action: Paths.page(slug, .invite), submitLabel: "Create invitation link", cancelURL: nil,
                      fields: [FormField("email", "Email", .email, required: true),
                               FormField("role", "Role", .select([.init("admin", "Administrator — everything, members included"),
                                                                   .init("cx-lead", "CX lead — curates feedback, moves initiatives"),
                                                                   .init("team-lead", "Team lead — edits what their teams own"),
                                                                   .init("viewer", "Viewer — reads everything")], blank: nil)),
                               FormField("team_ids", "Teams led (team leads only)",
                                         .checkboxes([.init(id(730).uuidString, "Billing"), .init(id(731).uuidString, "Contact centre"),
                                                      .init(id(732).uuidString, "Field operations")]))],
                      values: values, errors: errors)
        }

        static let invitationLink = "https://align.riverbendwater.example/invitations/inv_Qm8rT2wX5yZ1aB4c?next=\"" + markup + "\""

        static var tokens: [TokenRow] {
            [TokenRow(id: tokenImport, name: "Survey import script " + markup, prefix: "align_4kT9", created: "2026-02-02",
                      lastUsed: "2026-03-03", revoked: nil),
             TokenRow(id: tokenDashboard, name: "Board dashboard", prefix: "align_Zp3Q", created: "2026-03-01", lastUsed: nil, revoked: nil),
             TokenRow(id: tokenOld, name: "Old laptop", prefix: "align_a01B", created: "2025-11-20", lastUsed: "2026-01-05",
                      revoked: "2026-01-06")]
        }

        static let newSecret = "align_7Hk2Lm9Np4Qr6St8Uv0Wx3Yz5Ab1Cd"
    }
}

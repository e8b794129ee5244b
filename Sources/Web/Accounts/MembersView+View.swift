import Domain
import Foundation
import Plot

public enum MembersView {
    /// The members page; `newLink` is the invitation address, shown once right after it is made.
    public static func render(_ model: MembersModel, shell: PageShell) -> String {
        let slug = model.slug, members = model.members, invitations = model.invitations, inviteForm = model.inviteForm,
            newLink = model.newLink
        return shell.render([
            pageHeading("Members", lead: "Who can sign in to this organization, and with which role."),
            .unwrap(newLink) { link in
                .div(.class("notice"), .attr("role", "status"),
                     .p(.strong(.text("Send this link to the person you invited. It works once, for 7 days, and is not shown again."))),
                     .p(.element(named: "code", nodes: [.class("secret"), .safe(link)])))
            },
            .div(.class("table-wrap"), .table(.class("records"),
                .thead(.tr(.th(.text("Name")), .th(.text("Email")), .th(.text("Role")), .th(.text("Actions")))),
                .tbody(.forEach(members) { member in
                    .tr(.td(.attr("data-label", "Name"), .safe(member.name)),
                        .td(.attr("data-label", "Email"), .safe(member.email)),
                        .td(.attr("data-label", "Role"), .safe(member.role)),
                        .td(.attr("data-label", "Actions"),
                            .link("Change role", to: Paths.page(slug, .member(.value(member.membershipID), .edit)), class: "button button--small"), .text(" "),
                            .link("Remove…", to: Paths.page(slug, .member(.value(member.membershipID), .delete)), class: "button button--small")))
                }))),
            .h2(.text("Pending invitations")),
            invitations.isEmpty ? .p(.class("empty-state"), .text("No invitation is waiting to be accepted."))
                : .div(.class("table-wrap"), .table(.class("records"),
                    .thead(.tr(.th(.text("Email")), .th(.text("Role")), .th(.text("Expires")), .th(.text("Actions")))),
                    .tbody(.forEach(invitations) { invitation in
                        .tr(.td(.attr("data-label", "Email"), .safe(invitation.email)),
                            .td(.attr("data-label", "Role"), .safe(invitation.role)),
                            .td(.attr("data-label", "Expires"), .safe(invitation.expires)),
                            .td(.attr("data-label", "Actions"),
                                postButton("Revoke", to: Paths.page(slug, .invitation(.value(invitation.id), .revoke)),
                                           accessibleLabel: "Revoke the invitation for \(invitation.email)")))
                    }))),
            .h2(.text("Invite someone")),
            FormView.form(inviteForm),
        ])
    }
}

import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Administrators manage who belongs to their organization: invitations, roles, removal.
struct MembersController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .members, use: list)
        router.page(.POST, .invite, use: invite)
        router.page(.GET, .member(.key, .edit), use: editForm)
        router.page(.POST, .member(.key, .edit), use: update)
        router.page(.GET, .member(.key, .delete), use: confirmRemove)
        router.page(.POST, .member(.key, .delete), use: remove)
        router.page(.POST, .invitation(.key, .revoke), use: revokeInvitation)
    }

    func admin(_ req: Request) async throws -> OrgContext {
        let ctx = try await req.orgContext()
        try ctx.authorize(.manageMembers)
        return ctx
    }

    func list(req: Request) async throws -> Response {
        try await page(req, try await admin(req), values: FormInput(single: ["role": Role.member.rawValue]), errors: [], newLink: nil)
    }

    func invite(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        let input = try req.formInput()
        var reader = FieldReader(input)
        let email = reader.optionalEmail("email", "Email")
        if input.value("email") == nil { reader.fail("email", "Email is required.") }
        let access = try await ctx.memberships.readAccess(&reader)
        guard reader.errors.isEmpty, let access else {
            return try await page(req, ctx, values: input, errors: reader.errors, newLink: nil, status: .unprocessableEntity)
        }
        let secret = try await ctx.memberships.invite(email: email, access: access)
        let link = req.absoluteURL(SiteURL.invitation(.value(secret)).path)
        return try await page(req, ctx, values: FormInput(single: ["role": Role.member.rawValue]), errors: [], newLink: link)
    }


    func member(_ req: Request, _ ctx: OrgContext) async throws -> Member {
        try await ctx.memberships.member(try req.idParameter())
    }

    func editForm(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        let member = try await member(req, ctx)
        var values = FormInput(single: ["role": member.access.role.rawValue])
        values.fields["team_ids"] = member.access.ledTeams.map(\.uuidString)
        return try await roleForm(req, ctx, member, values: values, errors: [])
    }

    func update(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        let member = try await member(req, ctx)
        let input = try req.formInput()
        var reader = FieldReader(input)
        let access = try await ctx.memberships.readAccess(&reader)
        if let access, access.role != .admin, try await ctx.memberships.isLastAdmin(member) {
            reader.fail("role", "\(member.name) is the only administrator; make someone else an administrator first.")
        }
        guard reader.errors.isEmpty, let access else {
            return try await roleForm(req, ctx, member, values: input, errors: reader.errors)
        }
        try await ctx.memberships.setAccess(member, access)
        return redirect(Paths.page(ctx.slug, .members), notice: .updated)
    }

    func confirmRemove(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        let member = try await member(req, ctx)
        let blocker = try await ctx.memberships.isLastAdmin(member) ? "\(member.name) is the only administrator. Make someone else an administrator first." : nil
        let model = ConfirmDeleteModel(title: "Remove \(member.name) from \(ctx.organization.name)?",
                                       consequences: ["They can no longer sign in to this organization; their API tokens for it stop working.",
                                                      "What they created and changed stays, and stays in the audit log."],
                                       blocker: blocker, action: Paths.page(ctx.slug, .member(.value(member.membershipID), .delete)),
                                       cancelURL: Paths.page(ctx.slug, .members))
        return req.page(ConfirmDeleteView.render(model, shell: ctx.shell("Remove member", current: "members")),
                        status: blocker == nil ? .ok : .conflict)
    }

    func remove(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        let member = try await member(req, ctx)
        if try await ctx.memberships.isLastAdmin(member) { return try await confirmRemove(req: req) }
        try await ctx.memberships.remove(member)
        return redirect(Paths.page(ctx.slug, .members), notice: .deleted)
    }

    func revokeInvitation(req: Request) async throws -> Response {
        let ctx = try await admin(req)
        try await ctx.memberships.revokeInvitation(try req.idParameter())
        return redirect(Paths.page(ctx.slug, .members))
    }

    func accessFields(_ ctx: OrgContext) async throws -> [FormField] {
        let teams = try await ctx.records(TeamsResource.self).all()
        return [FormField("role", "Role", .select(Role.allCases.map { .init($0.rawValue, "\($0.label) — \(Access.summary(of: $0))") }, blank: nil),
                          required: true),
                FormField("team_ids", "Teams led (team leads only)", .checkboxes(teams.map { .init($0.id.uuidString, $0.name) }))]
    }

    func roleForm(_ req: Request, _ ctx: OrgContext, _ member: Member, values: FormInput, errors: [FieldError]) async throws -> Response {
        let model = FormModel(title: "Role of \(member.name)", lead: member.email, action: Paths.page(ctx.slug, .member(.value(member.membershipID), .edit)),
                              submitLabel: "Save role", cancelURL: Paths.page(ctx.slug, .members),
                              fields: try await accessFields(ctx), values: values, errors: errors)
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "members")),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func page(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError], newLink: String?,
              status: HTTPResponseStatus = .ok) async throws -> Response {
        let now = Date()
        let teams = try await ctx.records(TeamsResource.self).all()
        func role(_ access: Access) -> String {
            let led = teams.filter { access.ledTeams.contains($0.id) }.map(\.name)
            return access.role.label + (led.isEmpty ? "" : " of " + led.joined(separator: ", "))
        }
        let members = try await ctx.memberships.members().map {
            MemberRow(membershipID: $0.membershipID, name: $0.name, email: $0.email, role: role($0.access))
        }
        let invitations = try await ctx.memberships.pendingInvitations(now: now).map {
            InvitationRow(id: $0.id, email: $0.email, role: role($0.access),
                          expires: $0.expiresAt.formatted(.iso8601.year().month().day()))
        }
        let form = FormModel(title: "Invite someone", action: Paths.page(ctx.slug, .invite), submitLabel: "Create invitation link",
                             cancelURL: Paths.organization(ctx.slug),
                             fields: [FormField("email", "Email", .email, required: true)] + (try await accessFields(ctx)),
                             values: values, errors: errors)
        let response = req.page(MembersView.render(MembersModel(slug: ctx.slug, members: members, invitations: invitations, inviteForm: form,
                                                   newLink: newLink), shell: ctx.shell("Members", current: "members", notice: req.notice)),
                                status: status)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension OrgContext {
    /// Who belongs here, as an administrator manages it.
    var memberships: Memberships { Memberships(scope) }
}

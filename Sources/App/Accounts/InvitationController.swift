import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// Accepting an invitation: join as the signed-in person, or create an account first.
struct InvitationController: Sendable {
    func register(_ app: Application) {
        app.get("invitations", ":token", use: show)
        app.post("invitations", ":token", use: accept)
    }

    /// The invitation behind a link, if it can still be used; otherwise 404 with a reason.
    func invitation(_ req: Request) async throws -> (InvitationRecord, OrganizationRecord) {
        guard let secret = req.parameters.get("token"), secret.count == 64, secret.allSatisfy(\.isHexDigit),
              let invitation = try await Members.invitation(tokenHash: APITokenSecret.hash(secret), on: req.db),
              let org = try await OrganizationRecord.find(invitation.organizationID, on: req.db) else {
            throw Abort(.notFound, reason: "This invitation link is not valid. Ask the person who invited you for a new one.")
        }
        guard invitation.isUsable(at: Date()) else {
            throw Abort(.notFound, reason: "This invitation has already been used, was withdrawn, or has expired. Ask for a new one.")
        }
        return (invitation, org)
    }

    func show(req: Request) async throws -> Response {
        let (invitation, org) = try await invitation(req)
        return try await page(req, invitation, org, values: FormInput(), errors: [])
    }

    func accept(req: Request) async throws -> Response {
        let (invitation, org) = try await invitation(req)
        if let signedIn = req.signedIn {
            guard signedIn.email == invitation.email else {
                throw Abort(.forbidden, reason: "This invitation is for \(invitation.email). Sign out and accept it as that person.")
            }
            try await join(invitation, org, userID: signedIn.userID, name: signedIn.name, on: req.db)
            return redirect(Paths.organization(org.slug) + "?notice=created")
        }
        if try await Accounts.user(email: invitation.email, on: req.db) != nil {
            return redirect(Paths.signIn + Paths.queryString(["next": req.url.path]))
        }
        var input = try req.formInput()
        input["email"] = invitation.email
        var reader = FieldReader(input)
        let account = NewAccount.read(&reader, confirm: true)
        guard reader.errors.isEmpty else { return try await page(req, invitation, org, values: input, errors: reader.errors) }
        let hash = try await req.password.async.hash(account.password)
        let user = try await Accounts.createUser(account, passwordHash: hash, on: req.db)
        try await join(invitation, org, userID: user.id!, name: user.name, on: req.db)
        req.startSession(userID: user.id!)
        return redirect(Paths.organization(org.slug) + "?notice=created")
    }

    func join(_ invitation: InvitationRecord, _ org: OrganizationRecord, userID: UUID, name: String, on db: any Database) async throws {
        try await WriteGate.transaction(db) { db in
            try await Accounts.setMembership(userID: userID, organizationID: org.id!, access: invitation.access, on: db)
            invitation.acceptedAt = Date()
            try await invitation.save(on: db)
            try await AuditLog.record(AuditRecord(organizationID: org.id!, userID: userID, actorName: name, action: .create, kind: "members",
                                                  recordID: invitation.id!, recordTitle: name,
                                                  changes: [FieldChange(field: "role", before: "", after: invitation.access.role.rawValue)],
                                                  at: Date()), on: db)
        }
    }

    func page(_ req: Request, _ invitation: InvitationRecord, _ org: OrganizationRecord, values: FormInput, errors: [FieldError]) async throws
        -> Response {
        let title = "Join \(org.content.name)"
        let lead = "You are invited as \(invitation.access.role.label.lowercased()) (\(invitation.email))."
        if let signedIn = req.signedIn {
            let body = PageShell(title: title, account: AccountNav(name: signedIn.name)).render([
                pageHeading(title, lead: lead),
                postButton("Join \(org.content.name) as \(signedIn.name)", to: req.url.path),
            ])
            return req.page(body)
        }
        if try await Accounts.user(email: invitation.email, on: req.db) != nil {
            let body = PageShell(title: title).render([
                pageHeading(title, lead: lead),
                .p(.text("You already have an account. Sign in, and you will come back here to accept.")),
                buttonLink("Sign in to accept", to: Paths.signIn + Paths.queryString(["next": req.url.path]), primary: true),
            ])
            return req.page(body)
        }
        var model = FormModel(title: title, lead: lead + " Create your account to accept.", action: req.url.path,
                              submitLabel: "Create account and join", cancelURL: nil,
                              fields: [FormField("user_name", "Your name", required: true),
                                       FormField("password", "Password", .password, hint: "At least \(PasswordPolicy.minimumLength) characters.", required: true),
                                       FormField("password_confirmation", "Password again", .password, required: true)],
                              values: values, errors: errors)
        model.hiddenFields = [:]
        return req.page(FormView.render(model, shell: PageShell(title: title)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

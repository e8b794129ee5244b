import Domain
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
    func invitation(_ req: Request) async throws -> OpenInvitation {
        try await req.store.invitation(secret: req.parameters.get("token") ?? "")
    }

    func show(req: Request) async throws -> Response {
        return try await page(req, try await invitation(req), values: FormInput(), errors: [])
    }

    func accept(req: Request) async throws -> Response {
        let invitation = try await invitation(req)
        let org = invitation.organization
        if let signedIn = req.signedIn {
            guard signedIn.email == invitation.email else {
                throw Abort(.forbidden, reason: "This invitation is for \(invitation.email). Sign out and accept it as that person.")
            }
            try await req.store.accept(invitation, userID: signedIn.userID, name: signedIn.name)
            return redirect(Paths.organization(org.slug) + "?notice=created")
        }
        if try await req.store.account(email: invitation.email) != nil {
            return redirect(Paths.signIn + Paths.queryString(["next": req.url.path]))
        }
        var input = try req.formInput()
        input["email"] = invitation.email
        var reader = FieldReader(input)
        let account = NewAccount.read(&reader, confirm: true)
        guard reader.errors.isEmpty else { return try await page(req, invitation, values: input, errors: reader.errors) }
        let hash = try await req.password.async.hash(account.password)
        let user = try await req.store.createAccount(account, passwordHash: hash)
        try await req.store.accept(invitation, userID: user.id, name: user.name)
        req.startSession(userID: user.id)
        return redirect(Paths.organization(org.slug) + "?notice=created")
    }

    func page(_ req: Request, _ invitation: OpenInvitation, values: FormInput, errors: [FieldError]) async throws -> Response {
        let org = invitation.organization.content
        let title = "Join \(org.name)"
        let lead = "You are invited as \(invitation.access.role.label.lowercased()) (\(invitation.email))."
        if let signedIn = req.signedIn {
            let body = PageShell(title: title, account: AccountNav(name: signedIn.name)).render([
                pageHeading(title, lead: lead),
                postButton("Join \(org.name) as \(signedIn.name)", to: req.url.path),
            ])
            return req.page(body)
        }
        if try await req.store.account(email: invitation.email) != nil {
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

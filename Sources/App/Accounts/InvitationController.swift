import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Accepting an invitation: join as the signed-in person, or create an account first.
struct InvitationController: Sendable {
    func register(_ router: Router) {
        router.site(.GET, .invitation(.key), use: show)
        router.site(.POST, .invitation(.key), use: accept)
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
            return redirect(Paths.organization(org.slug), notice: .created)
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
        return redirect(Paths.organization(org.slug), notice: .created)
    }

    func page(_ req: Request, _ invitation: OpenInvitation, values: FormInput, errors: [FieldError]) async throws -> Response {
        let visitor: InvitationModel.Visitor
        if let signedIn = req.signedIn {
            visitor = .signedIn(name: signedIn.name)
        } else if try await req.store.account(email: invitation.email) != nil {
            visitor = .hasAccount
        } else {
            visitor = .newAccount(values: values, errors: errors)
        }
        let model = InvitationModel(organizationName: invitation.organization.name, role: invitation.access.role, email: invitation.email,
                                    path: req.url.path, visitor: visitor)
        return req.page(InvitationPage.render(model), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

import Domain
import Persistence
import Vapor
import Web

/// First-run set-up, signing in and out, and changing one's password.
struct SessionController: Sendable {
    /// Failed attempts allowed within `window` before sign-in is refused, per account and per address.
    static let accountLimit = 5
    static let addressLimit = 20
    static let window: TimeInterval = 15 * 60

    func register(_ router: Router) {
        router.site(.GET, .setup, use: setupForm)
        router.site(.POST, .setup, use: setup)
        router.site(.GET, .signIn, use: signInForm)
        router.site(.POST, .signIn, use: signIn)
        router.site(.POST, .signOut, use: signOut)
        router.site(.GET, .changePassword, use: passwordForm)
        router.site(.POST, .changePassword, use: changePassword)
    }

    // MARK: First run

    func setupForm(req: Request) async throws -> Response {
        guard try await !req.store.anyAccountExists() else { throw Abort(.notFound) }
        return setupPage(req, values: FormInput(), errors: [])
    }

    func setup(req: Request) async throws -> Response {
        guard try await !req.store.anyAccountExists() else { throw Abort(.notFound) }
        let input = try req.formInput()
        do {
            let setup = try FirstRunSetup.parse(input)
            let hash = try await req.password.async.hash(setup.account.password)
            let account = try await req.store.setUp(setup, passwordHash: hash)
            req.startSession(userID: account.id)
            return redirect(Paths.organization(setup.organization.slug), notice: .created)
        } catch let failure as ValidationFailure {
            return setupPage(req, values: input, errors: failure.errors)
        }
    }

    func setupPage(_ req: Request, values: FormInput, errors: [FieldError]) -> Response {
        let model = FormModel(
            title: "Set up Align", lead: "Create the first administrator and your organization. You can invite everyone else afterwards.",
            action: Paths.setup, submitLabel: "Create and sign in", cancelURL: nil,
            fields: [FormField("user_name", "Your name", required: true), FormField("email", "Email", .email, required: true),
                     FormField("password", "Password", .password, hint: "At least \(PasswordPolicy.minimumLength) characters.", required: true),
                     FormField("password_confirmation", "Password again", .password, required: true),
                     FormField("organization_name", "Organization name", required: true)],
            values: values, errors: errors)
        return req.page(FormView.render(model, shell: PageShell(title: model.title)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    // MARK: Signing in and out

    func signInForm(req: Request) async throws -> Response {
        guard try await req.store.anyAccountExists() else { return redirect(Paths.setup) }
        return signInPage(req, values: FormInput(single: ["next": req.queryValues["next"] ?? ""]), errors: [])
    }

    func signIn(req: Request) async throws -> Response {
        let input = try req.formInput()
        let email = (input.value("email") ?? "").lowercased()
        let address = req.clientAddress ?? "unknown"
        let now = Date()
        let failures = try await req.store.signInFailures(email: email, address: address, since: now - Self.window)
        if failures.account >= Self.accountLimit || failures.address >= Self.addressLimit {
            let message = "Too many failed sign-in attempts. Wait 15 minutes and try again, or ask an administrator to reset your password."
            return signInPage(req, values: input, errors: [FieldError(field: "email", message: message)], status: .tooManyRequests)
        }
        let credentials = try await req.store.credentials(email: email)
        let password = input.fields["password"]?.first ?? ""
        let valid = try await req.verifySignIn(password, against: credentials?.passwordHash)
        try await req.store.recordSignInAttempt(email: email, address: address, succeeded: valid, at: now)
        guard valid, let user = credentials?.account else {
            return signInPage(req, values: input, errors: [FieldError(field: "email", message: "The email or the password is not right.")],
                              status: .unauthorized)
        }
        req.startSession(userID: user.id)
        return redirect(Self.safeNext(input.value("next")))
    }

    func signOut(req: Request) async throws -> Response {
        req.session.destroy()
        return redirect(Paths.signIn)
    }

    func signInPage(_ req: Request, values: FormInput, errors: [FieldError], status: HTTPResponseStatus? = nil) -> Response {
        var model = FormModel(
            title: "Sign in", action: Paths.signIn, submitLabel: "Sign in", cancelURL: nil,
            fields: [FormField("email", "Email", .email, required: true), FormField("password", "Password", .password, required: true)],
            values: values, errors: errors)
        model.hiddenFields = ["next": values.value("next") ?? ""]
        return req.page(FormView.render(model, shell: PageShell(title: "Sign in")), status: status ?? (errors.isEmpty ? .ok : .unprocessableEntity))
    }

    /// Only same-site paths are followed after sign-in.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }

    // MARK: Password

    func passwordForm(req: Request) async throws -> Response {
        _ = try req.requireSignedIn()
        return passwordPage(req, errors: [])
    }

    func changePassword(req: Request) async throws -> Response {
        let signedIn = try req.requireSignedIn()
        guard let passwordHash = try await req.store.passwordHash(of: signedIn.userID) else { throw SignInRequired() }
        let input = try req.formInput()
        var reader = FieldReader(input)
        let current = input.fields["current_password"]?.first ?? ""
        let new = input.fields["password"]?.first ?? ""
        PasswordPolicy.check(new, field: "password", reader: &reader)
        if new != (input.fields["password_confirmation"]?.first ?? "") {
            reader.fail("password_confirmation", "The two new passwords do not match.")
        }
        if try await !req.password.async.verify(current, created: passwordHash) {
            reader.fail("current_password", "Current password is not right.")
        }
        guard reader.errors.isEmpty else { return passwordPage(req, errors: reader.errors) }
        try await req.store.setPasswordHash(try await req.password.async.hash(new), of: signedIn.userID)
        return req.page(ErrorPageView.renderMessage(title: "Password changed", message: "Your new password is in use from now on.",
                                                    shell: req.shell("Password changed")))
    }

    func passwordPage(_ req: Request, errors: [FieldError]) -> Response {
        let model = FormModel(
            title: "Change your password", action: Paths.changePassword, submitLabel: "Change password", cancelURL: SiteURL.home.path,
            fields: [FormField("current_password", "Current password", .password, required: true),
                     FormField("password", "New password", .password, hint: "At least \(PasswordPolicy.minimumLength) characters.", required: true),
                     FormField("password_confirmation", "New password again", .password, required: true)],
            values: FormInput(), errors: errors)
        return req.page(FormView.render(model, shell: req.shell(model.title)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension Request {
    /// Signs the person in with a new session id, so a session fixed before signing in is worthless.
    func startSession(userID: UUID) {
        session.id = nil
        session.data = SessionData()
        session.data["user"] = userID.uuidString
    }
}

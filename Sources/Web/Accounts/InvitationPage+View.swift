import Domain
import Plot

/// The invitation page: join, sign in to join, or create an account and join.
public enum InvitationPage {
    public static func render(_ model: InvitationModel) -> String {
        switch model.visitor {
        case .signedIn(let name):
            return PageShell(title: model.title, account: AccountNav(name: name)).render([
                pageHeading(model.title, lead: model.lead),
                postButton("Join \(model.organizationName) as \(name)", to: model.path),
            ])
        case .hasAccount:
            return PageShell(title: model.title).render([
                pageHeading(model.title, lead: model.lead),
                .p(.text("You already have an account. Sign in, and you will come back here to accept.")),
                buttonLink("Sign in to accept", to: Paths.signIn + Paths.queryString(["next": model.path]), primary: true),
            ])
        case .newAccount(let values, let errors):
            return FormView.render(accountForm(model, values: values, errors: errors), shell: PageShell(title: model.title))
        }
    }

    static func accountForm(_ model: InvitationModel, values: FormInput, errors: [FieldError]) -> FormModel {
        var form = FormModel(title: model.title, lead: model.lead + " Create your account to accept.", action: model.path,
                             submitLabel: "Create account and join", cancelURL: nil,
                             fields: [FormField("user_name", "Your name", required: true),
                                      FormField("password", "Password", .password, hint: "At least \(PasswordPolicy.minimumLength) characters.",
                                                required: true),
                                      FormField("password_confirmation", "Password again", .password, required: true)],
                             values: values, errors: errors)
        form.hiddenFields = [:]
        return form
    }
}

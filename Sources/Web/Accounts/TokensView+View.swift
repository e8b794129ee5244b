import Foundation
import Plot

public enum TokensView {
    /// The tokens page; `newSecret` is shown once, right after a token is created.
    public static func render(_ model: TokensModel, shell: PageShell) -> String {
        let slug = model.slug, organizationName = model.organizationName, tokens = model.tokens, newSecret = model.newSecret,
            errors = model.errors
        return shell.render([
            pageHeading("API tokens", lead: "Personal tokens for the API of \(organizationName). A token acts as you, with your role, in this organization only."),
            .unwrap(newSecret) { secret in
                .div(.class("notice"), .attr("role", "status"),
                     .p(.strong(.text("Copy this token now. It will not be shown again."))),
                     .p(.element(named: "code", nodes: [.class("secret"), .safe(secret)])),
                     .p(.text("Use it as: Authorization: Bearer <token>")))
            },
            .if(!errors.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .ul(.forEach(errors) { .li(.safe($0)) }))),
            .element(named: "form", nodes: [
                .class("record-form"), .attr("action", Paths.page(slug, .tokens)), .attr("method", "post"),
                .div(.class("field"),
                     .element(named: "label", nodes: [.attr("for", "field-name"), .text("Token name")]),
                     .p(.class("hint"), .id("hint-name"), .text("What the token is for, e.g. \"Survey import script\".")),
                     .element(named: "input", nodes: [.attr("id", "field-name"), .attr("name", "name"), .attr("type", "text"),
                                                      .attr("aria-describedby", "hint-name"), .attr("required", "required")])),
                .div(.class("form-actions"), submitButton("Create token", primary: true)),
            ]),
            .h2(.text("Your tokens")),
            tokens.isEmpty ? .p(.class("empty-state"), .text("You have no API tokens for this organization yet."))
                : .div(.class("table-wrap"), .table(.class("records"),
                    .thead(.tr(.th(.text("Name")), .th(.text("Starts with")), .th(.text("Created")), .th(.text("Last used")),
                               .th(.text("State")))),
                    .tbody(.forEach(tokens) { token in
                        .tr(.td(.attr("data-label", "Name"), .safe(token.name)),
                            .td(.attr("data-label", "Starts with"), .element(named: "code", nodes: [.safe(token.prefix + "…")])),
                            .td(.attr("data-label", "Created"), .safe(token.created)),
                            .td(.attr("data-label", "Last used"), .safe(token.lastUsed ?? "never")),
                            .td(.attr("data-label", "State"), token.revoked.map { .safe("Revoked \($0)") }
                                ?? postButton("Revoke", to: Paths.page(slug, .token(.value(token.id), .revoke)),
                                              accessibleLabel: "Revoke token \(token.name)")))
                    })))
        ])
    }
}

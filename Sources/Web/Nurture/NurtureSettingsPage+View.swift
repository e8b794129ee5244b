import Domain
import Foundation
import Plot

public enum NurtureSettingsPage {
    public static func render(_ model: NurtureSettingsModel, shell: PageShell) -> String {
        let slug = model.slug, form = model.form, secret = model.secret
        return shell.render([
            .p(.class("breadcrumb"), .link("← Nurture", to: Paths.page(slug, .nurture))),
            pageHeading("Nurture settings", lead: "When Align schedules check-ins, when it reminds people, when it warns of change fatigue, and where it posts reminders."),
            FormView.form(form),
            .section(.class("detail-section"), .h2(.text("Webhook signature")),
                .p(.safe("Each delivery carries the header Align-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of “t.body” with this secret>. Check it, and refuse deliveries older than five minutes.")),
                .p(.code(.safe(secret))),
                postButton("Make a new secret", to: Paths.page(slug, .webhookSecret), danger: true)),
        ])
    }
}

import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The organization's Nurture settings (administrators) and the webhook deliveries page.
struct NurtureSettingsController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .nurtureSettings, use: form)
        router.page(.POST, .nurtureSettings, use: save)
        router.page(.POST, .webhookSecret, use: rotate)
        router.page(.GET, .deliveries, use: deliveries)
        router.api(.GET, .nurtureSettings, use: showAPI)
        router.api(.PUT, .nurtureSettings, use: saveAPI)
        router.api(.GET, .webhookDeliveries, use: deliveriesAPI)
    }

    static let fields: [FormField] = [
        FormField("check_in_months", "Check in after (months)", hint: "Months after each conversation, separated by commas, e.g. 3, 6. Blank for none."),
        FormField("reminder_days_before", "Remind this many days before a check-in", .number, required: true),
        FormField("fatigue_limit", "Change fatigue: at most this many process changes…", .number,
                  hint: "More than this on one touchpoint or customer segment raises a warning.", required: true),
        FormField("fatigue_window_days", "…within this many days", .number, required: true),
        FormField("webhook_url", "Webhook URL", hint: "Reminders are also posted here as signed JSON, for a mail or chat system. Blank for none."),
    ]

    func form(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        let current = try await ctx.nurtureConfiguration.settingsAndSecret()
        return try await Self.render(req, ctx, values: current.settings.formInput, errors: [], secret: current.secret)
    }

    static func render(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError], secret: String) async throws -> Response {
        let model = FormModel(title: "Nurture settings", action: Paths.page(ctx.slug, .nurtureSettings), submitLabel: "Save settings",
                              cancelURL: Paths.page(ctx.slug, .nurture), fields: fields, values: values, errors: errors)
        return req.page(NurtureSettingsPage.render(NurtureSettingsModel(slug: ctx.slug, form: model, secret: secret), shell: ctx.shell("Nurture settings", current: "nurture", notice: req.notice)),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func save(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        let input = try req.formInput()
        do {
            try await ctx.nurtureConfiguration.save(input)
            return redirect(Paths.page(ctx.slug, .nurtureSettings), notice: .updated)
        } catch let failure as ValidationFailure {
            let current = try await ctx.nurtureConfiguration.settingsAndSecret()
            return try await Self.render(req, ctx, values: input, errors: failure.errors, secret: current.secret)
        }
    }

    func rotate(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.nurtureConfiguration.rotateSecret()
        return redirect(Paths.page(ctx.slug, .nurtureSettings), notice: .updated)
    }

    func showAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ctx.nurtureConfiguration.settings())
    }

    func saveAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        return try json(try await ctx.nurtureConfiguration.save(try req.formInput()))
    }

    func deliveries(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await Self.deliveries(req, ctx)
        let settings = try await ctx.nurtureConfiguration.settings()
        return req.page(DeliveriesPage.render(DeliveriesModel(slug: ctx.slug, webhookURL: settings.webhookURL, rows: page.items, page: page.page, pageCount: page.pageCount), shell: ctx.shell("Webhook deliveries", current: "nurture")))
    }

    func deliveriesAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await Self.deliveries(req, ctx)
        return try json(DeliveryList(items: page.items, page: page.page, pageCount: page.pageCount))
    }

    struct DeliveryList: Encodable {
        let items: [WebhookDelivery]
        let page: Int
        let pageCount: Int
    }

    static func deliveries(_ req: Request, _ ctx: OrgContext) async throws -> Paged<WebhookDelivery> {
        try await ctx.nurtureConfiguration.deliveries(page: req.queryValues["page"].flatMap(Int.init))
    }
}

extension OrgContext {
    /// The organization's Nurture settings and webhook deliveries, as the signed-in person sees them.
    var nurtureConfiguration: NurtureConfiguration { NurtureConfiguration(scope) }
}

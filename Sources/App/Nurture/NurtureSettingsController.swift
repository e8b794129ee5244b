import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// The organization's Nurture settings (administrators) and the webhook deliveries page.
struct NurtureSettingsController: Sendable {
    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.get("nurture", "settings", use: form)
        web.post("nurture", "settings", use: save)
        web.post("nurture", "settings", "secret", use: rotate)
        web.get("nurture", "deliveries", use: deliveries)
        api.get("nurture", "settings", use: showAPI)
        api.put("nurture", "settings", use: saveAPI)
        api.get("webhook-deliveries", use: deliveriesAPI)
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
        let record = try await NurtureSettingsStore.record(ctx.id, on: ctx.db)
        return try await Self.render(req, ctx, values: record.settings.formInput, errors: [], secret: record.webhookSecret)
    }

    static func render(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError], secret: String) async throws -> Response {
        let model = FormModel(title: "Nurture settings", action: Paths.list(ctx.slug, "nurture/settings"), submitLabel: "Save settings",
                              cancelURL: Paths.list(ctx.slug, "nurture"), fields: fields, values: values, errors: errors)
        return req.page(NurtureSettingsPage.render(slug: ctx.slug, form: model, secret: secret,
                                                   shell: ctx.shell("Nurture settings", current: "nurture", notice: req.notice)),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func save(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        let input = try req.formInput()
        do {
            try await Self.apply(input, ctx)
            return redirect(Paths.list(ctx.slug, "nurture/settings") + "?notice=updated")
        } catch let failure as ValidationFailure {
            let record = try await NurtureSettingsStore.record(ctx.id, on: ctx.db)
            return try await Self.render(req, ctx, values: input, errors: failure.errors, secret: record.webhookSecret)
        }
    }

    func rotate(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        _ = try await NurtureSettingsStore.rotateSecret(ctx.id, on: ctx.db)
        try await ctx.audit(.update, "nurture-settings", id: ctx.id, before: FormInput(single: ["webhook_secret": "(old)"]),
                            after: FormInput(single: ["webhook_secret": "(new)"]))
        return redirect(Paths.list(ctx.slug, "nurture/settings") + "?notice=updated")
    }

    func showAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await NurtureSettingsStore.settings(ctx.id, on: ctx.db))
    }

    func saveAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        return try json(try await Self.apply(try req.formInput(), ctx))
    }

    @discardableResult
    static func apply(_ input: FormInput, _ ctx: OrgContext) async throws -> NurtureSettings {
        let settings = try NurtureSettings.parse(input)
        let before = try await NurtureSettingsStore.save(settings, organizationID: ctx.id, on: ctx.db)
        try await ctx.audit(.update, "nurture-settings", id: ctx.id, before: before.formInput, after: settings.formInput)
        return settings
    }

    func deliveries(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (rows, page, count) = try await Self.rows(req, ctx)
        let settings = try await NurtureSettingsStore.settings(ctx.id, on: ctx.db)
        return req.page(DeliveriesPage.render(slug: ctx.slug, webhookURL: settings.webhookURL, rows: rows, page: page, pageCount: count,
                                              shell: ctx.shell("Webhook deliveries", current: "nurture")))
    }

    func deliveriesAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (rows, page, count) = try await Self.rows(req, ctx)
        return try json(DeliveryList(items: rows, page: page, pageCount: count))
    }

    struct DeliveryList: Encodable {
        let items: [DeliveryRow]
        let page: Int
        let pageCount: Int
    }

    static func rows(_ req: Request, _ ctx: OrgContext) async throws -> ([DeliveryRow], Int, Int) {
        let query = { JobRecord.query(on: ctx.db).filter(\.$organizationID == ctx.id).filter(\.$kindValue == JobKind.webhookDelivery.rawValue) }
        let total = try await query().count()
        let page = pagination(req.queryValues, total: total, per: 25)
        let jobs = try await query().sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        let attempts = try await WebhookAttemptRecord.query(on: ctx.db).filter(\.$jobID ~~ jobs.compactMap(\.id)).sort(\.$attempt, .descending).all()
        let rows = jobs.map { job in
            let last = attempts.first { $0.jobID == job.id }
            let event = (try? JSONSerialization.jsonObject(with: Data(job.payload.utf8)) as? [String: Any])?["event"] as? String ?? "reminder"
            return DeliveryRow(id: job.id!, state: job.state, attempts: job.attempts, lastStatusCode: last?.statusCode, lastError: last?.error ?? job.lastError,
                               nextAttemptAt: job.doneAt == nil && job.failedAt == nil ? job.runAt : nil, createdAt: job.createdAt ?? Date(), event: event)
        }
        return (rows, page.page, Paged(items: rows, request: page, total: total).pageCount)
    }
}

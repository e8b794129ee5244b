import Domain
import FluentKit
import Foundation

/// An organization's Nurture settings (check-in cadence, reminders, change fatigue, webhook) and
/// the deliveries made to its webhook.
public struct NurtureConfiguration: Sendable {
    public static let deliveriesPerPage = 25

    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    public func settings() async throws -> NurtureSettings {
        try await NurtureSettingsStore.settings(scope.id, on: scope.db)
    }

    /// The settings and the secret webhook deliveries are signed with; made on first use.
    public func settingsAndSecret() async throws -> (settings: NurtureSettings, secret: String) {
        let record = try await NurtureSettingsStore.record(scope.id, on: scope.db)
        return (record.settings, record.webhookSecret)
    }

    /// Saves settings read from a form or a JSON body (administrators only).
    @discardableResult
    public func save(_ input: FormInput) async throws -> NurtureSettings {
        try scope.authorize(.editOrganization)
        let settings = try NurtureSettings.parse(input)
        let before = try await NurtureSettingsStore.save(settings, organizationID: scope.id, on: scope.db)
        try await scope.audit(.update, "nurture-settings", id: scope.id, before: before.formInput, after: settings.formInput)
        return settings
    }

    /// Replaces the signing secret (administrators only); deliveries signed with the old one stop verifying.
    public func rotateSecret() async throws {
        try scope.authorize(.editOrganization)
        _ = try await NurtureSettingsStore.rotateSecret(scope.id, on: scope.db)
        try await scope.audit(.update, "nurture-settings", id: scope.id, before: FormInput(single: ["webhook_secret": "(old)"]),
                              after: FormInput(single: ["webhook_secret": "(new)"]))
    }

    /// Webhook deliveries, newest first; a page past the end shows the last page.
    public func deliveries(page number: Int?) async throws -> Paged<WebhookDelivery> {
        let query = { JobRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$kindValue == JobKind.webhookDelivery.rawValue) }
        let total = try await query().count()
        let page = Pagination.within(total: total, page: number, per: Self.deliveriesPerPage)
        let jobs = try await query().sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        let attempts = try await WebhookAttemptRecord.query(on: scope.db).filter(\.$jobID ~~ jobs.compactMap(\.id)).sort(\.$attempt, .descending).all()
        let deliveries = jobs.map { job in
            let last = attempts.first { $0.jobID == job.id }
            let event = (try? JSONSerialization.jsonObject(with: Data(job.payload.utf8)) as? [String: Any])?["event"] as? String ?? "reminder"
            return WebhookDelivery(id: job.id!, state: job.state, attempts: job.attempts, lastStatusCode: last?.statusCode,
                                   lastError: last?.error ?? job.lastError, nextAttemptAt: job.doneAt == nil && job.failedAt == nil ? job.runAt : nil,
                                   createdAt: job.createdAt ?? Date(), event: event)
        }
        return Paged(items: deliveries, request: page, total: total)
    }
}

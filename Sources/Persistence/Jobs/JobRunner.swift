import Domain
import FluentKit
import Foundation
import Logging

/// Runs scheduled work: queues reminders for check-ins coming due, then claims and runs due jobs. Any
/// number of instances may run it against one database; each job runs exactly once (see `JobQueue`).
public struct JobRunner: Sendable {
    let db: any Database
    let client: any WebhookClient
    let logger: Logger
    let links: Links
    /// Names this process in the jobs it claims.
    let worker: String
    /// Run once a day across instances, after the jobs of a pass; nil runs none.
    public var housekeeping: Housekeeping?

    public struct Summary: Sendable, Equatable {
        public var queued = 0
        public var reminders = 0
        public var deliveries = 0
        public var failures = 0
        public var recounts = 0
        /// Alignment indexes kept for the month.
        public var indexes = 0
        /// Organizations whose teams' one-pagers were made for the month.
        public var onePagers = 0

        /// Imports whose themes and links were worked out here, their own process having stopped first.
        public var followUps = 0
        /// What housekeeping removed, when this pass was the day's first.
        public var pruned: Housekeeping.Pruned?

        public init(queued: Int = 0, reminders: Int = 0, deliveries: Int = 0, failures: Int = 0, recounts: Int = 0) {
            self.queued = queued
            self.recounts = recounts
            self.reminders = reminders
            self.deliveries = deliveries
            self.failures = failures
        }
    }

    /// The addresses reminders link to, from the route table the web application keeps.
    public struct Links: Sendable {
        /// A check-in's page, from the organization's short name and the check-in's id.
        public let checkIn: @Sendable (String, UUID) -> String
        /// The page that answers a pulse, from a link's token.
        public let pulseAnswer: @Sendable (String) -> String
        /// A planned change's page, from the organization's short name and the change's id.
        public let change: @Sendable (String, UUID) -> String

        public init(checkIn: @escaping @Sendable (String, UUID) -> String, pulseAnswer: @escaping @Sendable (String) -> String,
                    change: @escaping @Sendable (String, UUID) -> String) {
            self.checkIn = checkIn
            self.pulseAnswer = pulseAnswer
            self.change = change
        }
    }

    public init(store: AlignStore, client: any WebhookClient, links: Links, logger: Logger, worker: String = JobRunner.defaultWorkerName) {
        self.db = store.db
        self.links = links
        self.client = client
        self.logger = logger
        self.worker = worker
    }

    public static var defaultWorkerName: String {
        "\(ProcessInfo.processInfo.hostName)#\(ProcessInfo.processInfo.processIdentifier)#\(UUID().uuidString.prefix(8))"
    }

    /// One pass: queue what came due, then work through every due job.
    @discardableResult
    public func runOnce(now: Date = Date(), today: CalendarDate = .today) async throws -> Summary {
        var summary = Summary()
        summary.queued = try await Reminders.enqueueDue(today: today, now: now, on: db)
        summary.queued += try await ChangeRequests.enqueueDue(today: today, now: now, on: db)
        _ = try await Alignment.enqueueMonthly(today: today, now: now, on: db)
        try await TeamOnePagers.enqueueMonthly(today: today, now: now, on: db)
        let queue = JobQueue(db: db, worker: worker)
        var slugs: [UUID: String] = [:]
        while true {
            let jobs = try await queue.claim(now: now)
            if jobs.isEmpty { break }
            for job in jobs {
                try Task.checkCancellation()
                try await run(job, queue: queue, now: now, today: today, slugs: &slugs, summary: &summary)
            }
        }
        if let housekeeping, let pruned = try await housekeeping.runDaily(today: today, now: now, worker: worker) {
            summary.pruned = pruned
            logger.info("Housekeeping removed \(pruned).")
        }
        return summary
    }

    /// Runs one claimed job and counts what it did.
    private func run(_ job: JobRecord, queue: JobQueue, now: Date, today: CalendarDate, slugs: inout [UUID: String], summary: inout Summary)
        async throws {
        switch job.kind {
        case .checkInReminder:
            let slug = try await slug(job.organizationID, &slugs)
            if try await queue.complete(job, now: now, { tx in try await Reminders.deliver(job, organizationSlug: slug, now: now, links: links, on: tx) }) {
                summary.reminders += 1
            }
        case .pulseInvitations:
            let slug = try await slug(job.organizationID, &slugs)
            if try await queue.complete(job, now: now, { tx in try await PulseInvitations.deliver(job, organizationSlug: slug, now: now, links: links, on: tx) }) {
                summary.reminders += 1
            }
        case .changeAcknowledgements:
            if try await queue.complete(job, now: now, { tx in try await ChangeRequests.deliver(job, now: now, links: links, on: tx) }) { summary.reminders += 1 }
        case .alignmentSnapshot:
            // Computed before the job's transaction: reading every figure inside it would hold the writers back.
            try await Alignment.keepMonth(job.organizationID, today: today, on: db)
            if try await queue.complete(job, now: now, { _ in }) { summary.indexes += 1 }
        case .teamOnePagers:
            // Made before the job's transaction, like the index: reading every team's figures inside it would hold the writers back.
            try await TeamOnePagers.keepMonth(job.organizationID, today: today, on: db)
            if try await queue.complete(job, now: now, { _ in }) { summary.onePagers += 1 }
        case .recountFigures:
            if try await queue.complete(job, now: now, { tx in try await FeedbackFigureStore.recountIfPending(job.organizationID, on: tx) }) {
                summary.recounts += 1
            }
        case .webhookDelivery:
            if try await deliver(job, queue: queue, now: now) { summary.deliveries += 1 } else { summary.failures += 1 }
        case .importFollowUp:
            // Outside the job's transaction, as an import's own process does it: it writes in many transactions of its own.
            try await ImportFollowUp.run(payload: job.payload, organizationID: job.organizationID, on: db)
            if try await queue.complete(job, now: now, { _ in }) { summary.followUps += 1 }
        case nil:
            try await queue.fail(job, error: "Unknown kind of job.", now: now)
            summary.failures += 1
        }
    }

    /// The organization's short name, read once a pass.
    private func slug(_ organizationID: UUID, _ slugs: inout [UUID: String]) async throws -> String {
        if let slug = slugs[organizationID] { return slug }
        let slug = try await OrganizationRecord.query(on: db).filter(\.$id == organizationID).first()?.content.slug ?? ""
        slugs[organizationID] = slug
        return slug
    }

    /// Posts a webhook delivery, signed; a non-2xx answer or no answer is retried later.
    func deliver(_ job: JobRecord, queue: JobQueue, now: Date) async throws -> Bool {
        let settings = try await NurtureSettingsStore.record(job.organizationID, on: db)
        guard let url = settings.settings.webhookURL else {
            try await queue.complete(job, now: now) { _ in }
            return true
        }
        let attempt = job.attempts + 1
        let started = Date()
        var status: Int?
        var failure: String?
        do {
            let headers = [("Content-Type", "application/json"), ("User-Agent", "Align webhooks"),
                           (WebhookSigner.header, WebhookSigner.signature(body: job.payload, secret: settings.webhookSecret,
                                                                          timestamp: Int(Date().timeIntervalSince1970))),
                           ("Align-Delivery", job.id!.uuidString)]
            let code = try await client.post(url, body: job.payload, headers: headers)
            status = code
            if !(200..<300).contains(code) { failure = "HTTP \(code)" }
        } catch {
            failure = String(describing: error).prefix(300).description
        }
        let duration = Int(Date().timeIntervalSince(started) * 1000)
        try await WebhookAttemptRecord(organizationID: job.organizationID, jobID: job.id!, attempt: attempt, statusCode: status,
                                       error: failure, durationMS: duration).create(on: db)
        if let failure {
            try await queue.fail(job, error: failure, now: now)
            return false
        }
        return try await queue.complete(job, now: now) { _ in }
    }

    /// Runs a pass every `interval` seconds until cancelled (at shutdown), telling `passed` what each did.
    public func loop(interval: Int, passed: @Sendable (Summary) -> Void = { _ in }) async throws {
        while !Task.isCancelled {
            do { passed(try await runOnce()) } catch is CancellationError { return } catch { logger.error("Scheduled work stopped: \(String(reflecting: error))") }
            try await Task.sleep(for: .seconds(interval))
        }
    }
}

/// Posts a webhook delivery and answers the HTTP status code; a transport failure throws.
public protocol WebhookClient: Sendable {
    func post(_ url: String, body: String, headers: [(String, String)]) async throws -> Int
}

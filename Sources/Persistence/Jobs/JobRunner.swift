import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Runs scheduled work: queues reminders for check-ins coming due, then claims and runs due jobs. Any
/// number of instances may run it against one database; each job runs exactly once (see `JobQueue`).
struct JobRunner: Sendable {
    let db: any Database
    let client: any Client
    let logger: Logger
    /// Names this process in the jobs it claims.
    let worker: String

    struct Summary: Sendable, Equatable {
        var queued = 0
        var reminders = 0
        var deliveries = 0
        var failures = 0
    }

    init(app: Application, worker: String = JobRunner.defaultWorkerName) {
        self.db = app.db
        self.client = app.client
        self.logger = app.logger
        self.worker = worker
    }

    static var defaultWorkerName: String {
        "\(ProcessInfo.processInfo.hostName)#\(ProcessInfo.processInfo.processIdentifier)#\(UUID().uuidString.prefix(8))"
    }

    /// One pass: queue what came due, then work through every due job.
    @discardableResult
    func runOnce(now: Date = Date(), today: CalendarDate = .today) async throws -> Summary {
        var summary = Summary()
        summary.queued = try await Reminders.enqueueDue(today: today, now: now, on: db)
        let queue = JobQueue(db: db, worker: worker)
        var slugs: [UUID: String] = [:]
        while true {
            let jobs = try await queue.claim(now: now)
            if jobs.isEmpty { break }
            for job in jobs {
                try Task.checkCancellation()
                switch job.kind {
                case .checkInReminder:
                    if slugs[job.organizationID] == nil {
                        slugs[job.organizationID] = try await OrganizationRecord.query(on: db).filter(\.$id == job.organizationID).first()?.content.slug ?? ""
                    }
                    let slug = slugs[job.organizationID]!
                    if try await queue.complete(job, now: now, { tx in try await Reminders.deliver(job, organizationSlug: slug, now: now, on: tx) }) {
                        summary.reminders += 1
                    }
                case .webhookDelivery:
                    if try await deliver(job, queue: queue, now: now) { summary.deliveries += 1 } else { summary.failures += 1 }
                case nil:
                    try await queue.fail(job, error: "Unknown kind of job.", now: now)
                    summary.failures += 1
                }
            }
        }
        return summary
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
            var headers = HTTPHeaders([("Content-Type", "application/json"), ("User-Agent", "Align webhooks")])
            headers.add(name: WebhookSigner.header, value: WebhookSigner.signature(body: job.payload, secret: settings.webhookSecret,
                                                                                   timestamp: Int(Date().timeIntervalSince1970)))
            headers.add(name: "Align-Delivery", value: job.id!.uuidString)
            let response = try await client.post(URI(string: url), headers: headers) { request in
                request.body = ByteBuffer(string: job.payload)
                request.timeout = .seconds(10)
            }
            status = Int(response.status.code)
            if !(200..<300).contains(Int(response.status.code)) { failure = "HTTP \(response.status.code)" }
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

    /// Runs a pass every `interval` seconds until cancelled (at shutdown).
    static func loop(app: Application, interval: Int) async throws {
        let runner = JobRunner(app: app)
        while !Task.isCancelled {
            do { try await runner.runOnce() } catch is CancellationError { return } catch { app.logger.report(error: error) }
            try await Task.sleep(for: .seconds(interval))
        }
    }
}

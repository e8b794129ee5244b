import Persistence
import Vapor
import Web

extension JobRunner {
    /// The application's scheduled work, posting webhooks with its HTTP client.
    /// With `retentionDays`, each pass also runs the day's housekeeping if no instance has yet.
    init(app: Application, worker: String = JobRunner.defaultWorkerName, retentionDays: Int? = nil) {
        let links = Links(checkIn: { Paths.item($0, .checkIns, $1) }, pulseAnswer: { SiteURL.pulseAnswer(.value($0)).path },
                          change: { Paths.item($0, .changes, $1) })
        self.init(store: app.store, client: VaporWebhookClient(client: app.client), links: links, logger: app.logger, worker: worker)
        housekeeping = retentionDays.map { Housekeeping(db: app.db, retentionDays: $0) }
    }
}

/// Webhook deliveries through Vapor's HTTP client, ten seconds at most each.
struct VaporWebhookClient: WebhookClient {
    let client: any Client

    func post(_ url: String, body: String, headers: [(String, String)]) async throws -> Int {
        let response = try await client.post(URI(string: url), headers: HTTPHeaders(headers)) { request in
            request.body = ByteBuffer(string: body)
            request.timeout = .seconds(10)
        }
        return Int(response.status.code)
    }
}

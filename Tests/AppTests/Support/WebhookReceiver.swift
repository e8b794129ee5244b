import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A real HTTP server on loopback that takes webhook posts, answering with an error to the first
/// `failFirst` of them, and keeps every delivery it accepted.
final class WebhookReceiver: @unchecked Sendable {
    struct Delivery: Sendable {
        let id: String
        let signature: String
        let body: String
    }

    let app: Application
    private let state = NIOLockedValueBox((accepted: [Delivery](), refused: 0, failFirst: 0))
    private(set) var url = ""

    private init(app: Application) { self.app = app }

    static func start(failFirst: Int = 0) async throws -> WebhookReceiver {
        let app = try await Application.make(.testing)
        let receiver = WebhookReceiver(app: app)
        receiver.state.withLockedValue { $0.failFirst = failFirst }
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        app.post("hook") { req -> HTTPStatus in
            let body = req.body.string ?? ""
            return receiver.state.withLockedValue { state in
                if state.refused < state.failFirst {
                    state.refused += 1
                    return .internalServerError
                }
                state.accepted.append(Delivery(id: req.headers.first(name: "Align-Delivery") ?? "", signature: req.headers.first(name: "Align-Signature") ?? "",
                                               body: body))
                return .ok
            }
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = app.http.server.shared.localAddress?.port ?? 0
        receiver.url = "http://127.0.0.1:\(port)/hook"
        return receiver
    }

    var accepted: [Delivery] { state.withLockedValue(\.accepted) }
    var refused: Int { state.withLockedValue(\.refused) }

    func stop() async {
        await app.server.shutdown()
        try? await app.asyncShutdown()
    }
}

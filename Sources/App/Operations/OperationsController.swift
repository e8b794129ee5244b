import NIOConcurrencyHelpers
import Persistence
import Vapor
import Web

/// What the operator's tools read: `/healthz` (the process answers), `/readyz` (it can serve: the
/// database answers and its migrations are current) and `/metrics` (Prometheus). None needs a session.
struct OperationsController {
    /// Lets other addresses than loopback read /metrics (`ALIGN_METRICS_TOKEN`).
    let metricsToken: String?

    func register(_ router: Router) {
        router.site(.GET, .healthz) { _ in "ok" }
        router.site(.GET, .readyz, use: ready)
        router.site(.GET, .metrics, use: metrics)
    }

    /// 200 or 503 with what is missing; a database that does not answer within 2 seconds is not ready.
    func ready(req: Request) async throws -> Response {
        let readiness = await withDeadline(Swift.Duration.seconds(2), otherwise: Readiness(databaseProblem: "no answer within 2 seconds", pendingMigrations: [])) {
            await req.store.readiness(of: alignMigrations)
        }
        if let problem = readiness.databaseProblem { req.logger.warning("Not ready: the database did not answer: \(problem)") }
        let body = ReadinessJSON(status: readiness.isReady ? "ready" : "not ready",
                                 database: readiness.databaseProblem == nil ? "reachable" : "unreachable",
                                 pendingMigrations: readiness.pendingMigrations)
        let response = try json(body, status: readiness.isReady ? .ok : .serviceUnavailable)
        response.headers.replaceOrAdd(name: HTTPHeaders.Name.cacheControl, value: "no-store")
        return response
    }

    /// Loopback (not through a proxy) or the metrics token; anyone else is told it is not here.
    func metrics(req: Request) async throws -> Response {
        guard isAllowedMetrics(req) else { return Response(status: .notFound, body: .init(string: "Not found")) }
        let store = req.store
        let text = req.application.metrics.exposition(try await store.operationalFigures(), connections: try await store.databaseConnections(),
                                                      poolMaximum: req.application.eventLoopGroup.makeIterator().reduce(0) { count, _ in count + 1 })
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    func isAllowedMetrics(_ req: Request) -> Bool {
        if let metricsToken, let given = req.headers.bearerAuthorization?.token {
            return Self.sameInConstantTime(Array(given.utf8), Array(metricsToken.utf8))
        }
        let forwarded = [HTTPHeaders.Name.xForwardedFor, .forwarded, "X-Real-IP"].contains { req.headers.contains(name: $0) }
        guard !forwarded, let peer = req.remoteAddress?.ipAddress else { return false }
        return AddressRange.loopback.contains { $0.contains(peer) }
    }
}

extension OperationsController {
    /// Compares every byte whatever differs first, so the time of a refusal does not tell how much of a guess was right.
    static func sameInConstantTime(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

struct ReadinessJSON: Content {
    let status: String
    let database: String
    let pendingMigrations: [String]
}

/// `operation`'s answer, or `fallback` when it takes longer than `limit`: the operation is then
/// cancelled and left to end by itself, as a database that does not answer may not heed cancelling.
func withDeadline<T: Sendable>(_ limit: Swift.Duration, otherwise fallback: T, _ operation: @escaping @Sendable () async -> T) async -> T {
    let waiting = NIOLockedValueBox<CheckedContinuation<T, Never>?>(nil)
    @Sendable func finish(_ value: T) {
        waiting.withLockedValue { continuation in
            continuation?.resume(returning: value)
            continuation = nil
        }
    }
    return await withCheckedContinuation { continuation in
        waiting.withLockedValue { $0 = continuation }
        let work = Task { finish(await operation()) }
        Task {
            try? await Task.sleep(for: limit)
            finish(fallback)
            work.cancel()
        }
    }
}

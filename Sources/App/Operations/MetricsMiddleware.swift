import Vapor

/// Counts every request by its route's pattern and status, and times it; outermost, so error pages,
/// refusals and static files are counted as they were answered.
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: AlignMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        metrics.inFlight.withLockedValue { $0 += 1 }
        defer { metrics.inFlight.withLockedValue { $0 -= 1 } }
        do {
            let response = try await next.respond(to: request)
            record(request, status: response.status.code, since: started)
            return response
        } catch {
            record(request, status: (error as? any AbortError)?.status.code ?? 500, since: started)
            throw error
        }
    }

    func record(_ request: Request, status: UInt, since started: ContinuousClock.Instant) {
        let key = AlignMetrics.RequestKey(route: request.route.map(ObjectIdentifier.init), method: request.method.rawValue, status: status)
        metrics.recordRequest(key, pattern: Self.pattern(request), duration: ContinuousClock.now - started)
    }

    /// `/orgs/:org/teams/:id`; "unmatched" for a request no route answers, so a scan of random paths makes one series.
    static func pattern(_ request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = AlignMetrics }

    /// Set up with the application (`configure`).
    var metrics: AlignMetrics {
        get {
            guard let metrics = storage[MetricsKey.self] else { fatalError("metrics are set up in configure") }
            return metrics
        }
        set { storage[MetricsKey.self] = newValue }
    }
}

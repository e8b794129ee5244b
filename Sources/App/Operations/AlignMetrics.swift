import CoreMetrics
import Metrics
import NIOConcurrencyHelpers
import Persistence
import Prometheus
import Vapor

/// What /metrics shows, in Prometheus's text format. Requests and scheduled passes are counted by
/// this process as they happen, through swift-metrics into this application's own registry (so two
/// applications in one process, as in the tests, never share counts); the job queue, imports and
/// webhook attempts are read from the database when scraped, so every instance reports the same.
final class AlignMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let factory: PrometheusMetricsFactory
    /// Requests this process is answering now.
    let inFlight = NIOLockedValueBox(0)
    static let durationBuckets: [Duration] = [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                              .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                              .milliseconds(2500), .seconds(5), .seconds(10)]

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["align_http_request_duration_seconds"] = Self.durationBuckets
        self.factory = factory
    }

    /// One answered request, by its route's pattern (never its path, which would make a series per id).
    /// The counter and timer of each route, method and status are made once and kept: looking them up
    /// in the registry on every request cost the cheapest route a fifth of its speed.
    func recordRequest(_ key: RequestKey, pattern: @autoclosure () -> String, duration: Duration) {
        let handles = requestHandles.withLockedValue { kept in
            if let handles = kept[key] { return handles }
            let route = pattern()
            let handles = (Counter(label: "align_http_requests_total", dimensions: [("method", key.method), ("route", route), ("status", String(key.status))],
                                   factory: factory),
                           Timer(label: "align_http_request_duration_seconds", dimensions: [("method", key.method), ("route", route)], factory: factory))
            kept[key] = handles
            return handles
        }
        handles.0.increment()
        handles.1.recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// A route (by identity; nil for none), method and status.
    struct RequestKey: Hashable, Sendable {
        let route: ObjectIdentifier?
        let method: String
        let status: UInt
    }

    private let requestHandles = NIOLockedValueBox<[RequestKey: (CoreMetrics.Counter, CoreMetrics.Timer)]>([:])

    /// One pass of the scheduled work in this process.
    func recordJobPass(_ summary: JobRunner.Summary) {
        Counter(label: "align_webhook_deliveries_total", dimensions: [("outcome", "delivered")], factory: factory).increment(by: summary.deliveries)
        Counter(label: "align_job_failures_total", factory: factory).increment(by: summary.failures)
        Counter(label: "align_job_passes_total", factory: factory).increment()
    }

    /// The whole text, with the database's figures and the pool's use as they are now.
    func exposition(_ figures: OperationalFigures, connections: [String: Int], poolMaximum: Int) -> String {
        for kind in Set(JobKind.allCases.map(\.rawValue)).union(figures.jobs.keys).sorted() {
            let jobs = figures.jobs[kind] ?? .init()
            for (state, count) in [("queued", jobs.queued), ("due", jobs.due), ("running", jobs.running), ("done", jobs.done), ("failed", jobs.failed)] {
                registry.makeGauge(name: "align_jobs", labels: [("kind", kind), ("state", state)]).set(Double(count))
            }
            registry.makeGauge(name: "align_jobs_oldest_due_age_seconds", labels: [("kind", kind)]).set(jobs.oldestDueAge)
        }
        for outcome in ["imported", "rejected", "duplicates"] {
            registry.makeGauge(name: "align_import_rows", labels: [("outcome", outcome)]).set(Double(figures.importRows[outcome] ?? 0))
        }
        for outcome in ["delivered", "failed"] {
            registry.makeGauge(name: "align_webhook_attempts", labels: [("outcome", outcome)]).set(Double(figures.webhookAttempts[outcome] ?? 0))
        }
        registry.makeGauge(name: "align_database_pool_connections_max").set(Double(poolMaximum))
        for state in Set(["active", "idle", "idle in transaction"]).union(connections.keys).sorted() {
            registry.makeGauge(name: "align_database_connections", labels: [("state", state)]).set(Double(connections[state] ?? 0))
        }
        registry.makeGauge(name: "align_http_requests_in_flight").set(Double(inFlight.withLockedValue { $0 }))
        return registry.emitToString()
    }
}

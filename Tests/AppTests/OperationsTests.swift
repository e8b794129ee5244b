@testable import App
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

@Suite struct OperationsTests {
    static let token = "metrics-token-for-the-tests-0123"

    static func withToken(_ config: inout AlignConfig) { config.metricsToken = token }

    @Test func readyWhenTheDatabaseAnswersAndEveryMigrationHasRun() async throws {
        try await TestApp.run { t in
            let response = try await t.raw(.GET, "/readyz")
            #expect(response.status == .ok)
            #expect(try t.object(response)["status"] as? String == "ready")
            #expect(try t.object(response)["pending_migrations"] as? [String] == [])
            #expect(response.headers.first(name: .setCookie) == nil)
        }
    }

    @Test func notReadyWhileAMigrationHasNotRun() async throws {
        try await TestApp.run { t in
            let sql = t.app.db as! any SQLDatabase
            let last = try #require(alignMigrations.last).name
            try await sql.delete(from: "_fluent_migrations").where("name", .equal, last).run()
            let response = try await t.raw(.GET, "/readyz")
            #expect(response.status == .serviceUnavailable)
            #expect(try t.object(response)["pending_migrations"] as? [String] == [last])
            #expect(try t.object(response)["database"] as? String == "reachable")
            #expect(try await t.raw(.GET, "/healthz").status == .ok)
        }
    }

    @Test func metricsAreRefusedToAnyoneButLoopbackOrTheTokensHolder() async throws {
        try await TestApp.run(configured: Self.withToken) { t in
            // The testing client has no peer address: it stands for a request from elsewhere.
            let anonymous = try await t.raw(.GET, "/metrics")
            #expect(anonymous.status == .notFound)
            #expect(try await t.raw(.GET, "/metrics", headers: ["Authorization": "Bearer not-the-token-at-all-0123456"]).status == .notFound)
            #expect(try await t.raw(.GET, "/metrics", headers: ["Authorization": "Bearer \(Self.token)"]).status == .ok)
        }
        try await TestApp.run { t in
            let withoutATokenSet = try await t.raw(.GET, "/metrics", headers: ["Authorization": "Bearer \(Self.token)"])
            #expect(withoutATokenSet.status == .notFound)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatusAndReadTheQueueFromTheDatabase() async throws {
        try await TestApp.run(configured: Self.withToken) { t in
            let seed = try await t.seed()
            _ = try await t.send(.GET, "/api/v1/organizations/acme/teams/\(seed.team)")
            _ = try await t.send(.GET, "/api/v1/organizations/acme/teams/\(UUID())")
            _ = try await t.raw(.GET, "/no/such/page")
            let org = try #require(try await t.app.store.organization(slug: "acme"))
            _ = try await JobQueue.enqueue(.webhookDelivery, key: "test-1", organizationID: org.id, payload: "{}",
                                           runAt: Date(timeIntervalSinceNow: -90), on: t.app.db)
            let text = try await t.raw(.GET, "/metrics", headers: ["Authorization": "Bearer \(Self.token)"]).body.string
            #expect(text.contains(#"align_http_requests_total{method="GET",route="/api/v1/organizations/:org/teams/:id",status="200"} 1"#), "\(text)")
            #expect(text.contains(#"align_http_requests_total{method="GET",route="/api/v1/organizations/:org/teams/:id",status="404"} 1"#))
            // No route: signing in comes first, so a scan of random paths is one series of redirects.
            #expect(text.contains(#"align_http_requests_total{method="GET",route="unmatched",status="303"} 1"#))
            #expect(text.contains(#"align_http_request_duration_seconds_bucket{method="GET",route="/api/v1/organizations/:org/teams/:id",le="+Inf"} 2"#))
            #expect(Self.value(of: #"align_jobs{kind="webhook-delivery",state="due"}"#, in: text) == 1)
            #expect(Self.value(of: #"align_jobs{kind="check-in-reminder",state="due"}"#, in: text) == 0)
            let age = try #require(Self.value(of: #"align_jobs_oldest_due_age_seconds{kind="webhook-delivery"}"#, in: text))
            #expect(age >= 89 && age < 600)
            #expect(Self.value(of: #"align_import_rows{outcome="imported"}"#, in: text) == 0)
            #expect((Self.value(of: "align_database_pool_connections_max", in: text) ?? 0) >= 1)
            #expect(Self.value(of: "align_http_requests_in_flight", in: text) == 1, "the scrape itself")
        }
    }

    static func value(of series: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.dropFirst(series.count + 1)) }
    }
}

@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

/// A person in organization A sees nothing of organization B: every route answers 404 for
/// B's records, whether addressed through B or slipped into A's addresses, and no list shows them.
@Suite struct IsolationTests {
    @Test func everyRouteHidesAnotherOrganizationsRecords() async throws {
        try await TestApp.run { t in
            _ = try await t.seed(slug: "acme")
            let stranger = try await t.user("stranger@example.org")
            let theirs = try await RoleTests.world(t, slug: "other", admin: stranger)
            var checked = 0
            for route in t.app.routes.all where route.path.contains(.parameter("org")) {
                let segment = route.path.firstIndex(of: .parameter("id")).map { route.path[$0 - 1].description }
                for org in ["other", "acme"] {
                    guard let id = segment.map({ theirs.ids[$0] ?? UUID().uuidString }) ?? (org == "other" ? "" : nil) else { continue }
                    let path = "/" + route.path.map { component -> String in
                        switch component {
                        case .parameter("org"): org
                        case .parameter("id"): id
                        default: component.description
                        }
                    }.joined(separator: "/")
                    let isAPI = path.hasPrefix("/api/")
                    let response = try await t.send(route.method, path, json: isAPI && route.method != .GET ? "{}" : nil,
                                                    form: !isAPI && route.method != .GET ? [] : nil)
                    #expect(response.status == .notFound, "\(route.method) \(path) answered \(response.status.code)")
                    checked += 1
                }
            }
            #expect(checked > 100)
        }
    }

    @Test func listsAndTheOrganizationIndexShowOnlyOwnData() async throws {
        try await TestApp.run { t in
            _ = try await t.seed(slug: "acme")
            let stranger = try await t.user("stranger@example.org")
            let theirs = try await RoleTests.world(t, slug: "other", admin: stranger)
            let theirIDs = Array(theirs.ids.values) + [theirs.seed.team, theirs.seed.journey, theirs.seed.stage, theirs.seed.touchpoint]
            let organizations = try await t.send(.GET, "/api/v1/organizations")
            #expect(!organizations.body.string.contains("\"other\""))
            #expect(!(try await t.send(.GET, "/orgs").body.string.contains("/orgs/other")))
            for segment in RecordKind.allCases.map(\.rawValue) {
                let page = try await t.send(.GET, "/orgs/acme/\(segment)")
                let api = try await t.send(.GET, "/api/v1/organizations/acme/\(segment)?per=100")
                let csv = try await t.send(.GET, "/orgs/acme/\(segment)/export.csv")
                for body in [page.body.string, api.body.string, csv.body.string] {
                    for marker in theirIDs + ["Ada", "Fix it first time", "Refunds", "Bakery", "Ines", "Long hold"] {
                        #expect(!body.contains(marker), "\(segment) shows \(marker) from another organization")
                    }
                }
            }
        }
    }
}

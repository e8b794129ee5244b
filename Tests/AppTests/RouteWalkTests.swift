@testable import App
import Foundation
import Testing
import VaporTesting

/// Every registered route, called with a malformed or unknown id, answers 404 — never 500.
@Suite struct RouteWalkTests {
    @Test func everyRouteWithAMalformedIdIsNotFound() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var walked = 0
            for route in t.app.routes.all where route.path.contains(where: { if case .parameter = $0 { true } else { false } }) {
                for (orgValue, idValue) in [("acme", "not-a-uuid"), ("acme", UUID().uuidString), ("no-such-org", UUID().uuidString), ("%00'", "x")] {
                    let path = "/" + route.path.map { component -> String in
                        switch component {
                        case .parameter("org"): orgValue
                        case .parameter: idValue
                        default: component.description
                        }
                    }.joined(separator: "/")
                    guard path.contains(idValue) || path.contains(orgValue) else { continue }
                    if !route.path.contains(.parameter("id")) && orgValue == "acme" { continue }
                    let body = route.method == .GET || route.method == .DELETE ? nil : "{}"
                    let response = try await t.send(route.method, path, json: path.hasPrefix("/api/") ? body : nil,
                                                     form: path.hasPrefix("/api/") || body == nil ? nil : [])
                    #expect(response.status == .notFound, "\(route.method) \(path) gave \(response.status.code)")
                    if path.hasPrefix("/api/") {
                        #expect(response.headers.contentType?.description.contains("problem+json") == true, "\(path)")
                    } else {
                        #expect(response.headers.contentType == .html, "\(path)")
                    }
                    walked += 1
                }
            }
            #expect(walked > 100)
        }
    }

    @Test func unknownAddressesAreNotFoundPages() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let page = try await t.send(.GET, "/no/such/page")
            #expect(page.status == .notFound)
            #expect(page.body.string.contains("Page not found"))
            let api = try await t.send(.GET, "/api/v1/nothing")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType?.description.contains("problem+json") == true)
        }
    }
}

@testable import App
import Foundation
import Testing
import VaporTesting

@Suite struct OpenAPITests {
    @Test func theDocumentDescribesExactlyTheRegisteredAPIRoutes() async throws {
        try await TestApp.run { t in
            let registered = Set(t.app.routes.all.filter { $0.path.first?.description == "api" }.map { route in
                "\(route.method) /" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
            })
            #expect(registered == OpenAPIDocument.operations)
        }
    }

    @Test func theDocumentIsServedWithoutSignInAsOpenAPI31() async throws {
        try await TestApp.run { t in
            let response = try await t.raw(.GET, "/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try t.object(response)
            #expect(document["openapi"] as? String == "3.1.0")
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            #expect(schemas["Touchpoints"] != nil && schemas["TouchpointsInput"] != nil && schemas["Problem"] != nil)
            let paths = try #require(document["paths"] as? [String: Any])
            let create = try #require(((paths["/api/v1/organizations/{org}/teams"] as? [String: Any])?["post"] as? [String: Any]))
            #expect(create["requestBody"] != nil)
        }
    }

    /// Responses of the real API match the schemas the document gives them.
    @Test func responsesCarryTheRequiredPropertiesTheDocumentPromises() async throws {
        try await TestApp.run(demo: true) { t in
            let customers = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/customers?per=1"))
            let customer = try #require((customers["items"] as? [[String: Any]])?.first?["id"] as? String)
            let conversation = try await t.create("riverbend-water", "conversations",
                #"{"customer_id":"\#(customer)","date":"2026-05-04","format":"site-visit","works_well":"Crews are polite"}"#)
            _ = try await t.create("riverbend-water", "feedback",
                #"{"conversation_id":"\#(conversation)","customer_id":"\#(customer)","text":"Crews are polite","kind":"works-well","priority":3}"#)
            for kind in OpenAPIDocument.recordKinds {
                let list = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/\(kind)?per=100"))
                let items = try #require(list["items"] as? [[String: Any]])
                #expect(!items.isEmpty, "demo has no \(kind)")
                guard case .object(let pairs)? = APISchemas.output(kind)["properties"], case .array(let required)? = APISchemas.output(kind)["required"] else {
                    Issue.record("no schema for \(kind)")
                    continue
                }
                let known = Set(pairs.map(\.0))
                for item in items {
                    for case .string(let name) in required { #expect(item[name] != nil, "\(kind) lacks \(name)") }
                    #expect(Set(item.keys).isSubset(of: known), "\(kind) returns undocumented \(Set(item.keys).subtracting(known))")
                }
            }
        }
    }
}

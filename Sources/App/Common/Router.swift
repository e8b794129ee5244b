import Vapor
import Web

/// Registers routes from the route table (`SiteURL`, `OrgPath`), so each address is written once
/// and the pages link to exactly what is served.
struct Router {
    let routes: any RoutesBuilder

    /// An address outside any organization.
    func site<Body: AsyncResponseEncodable>(_ method: HTTPMethod, _ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
                                            use handler: @escaping @Sendable (Request) async throws -> Body) {
        routes.on(method, url.pathComponents.map(PathComponent.init(stringLiteral:)), body: body, use: handler)
    }

    /// A page of an organization, under `/orgs/:org`.
    func page<Body: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: OrgPath, body: HTTPBodyStreamStrategy = .collect,
                                            use handler: @escaping @Sendable (Request) async throws -> Body) {
        site(method, .page(.key, path), body: body, use: handler)
    }

    /// An endpoint of an organization's JSON API, under `/api/v1/organizations/:org`.
    func api<Body: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: OrgPath, body: HTTPBodyStreamStrategy = .collect,
                                           use handler: @escaping @Sendable (Request) async throws -> Body) {
        site(method, .api(.key, path), body: body, use: handler)
    }
}

import Domain
import Foundation

/// A path parameter: `.key` where a route is registered, `.value` where a link is built.
public enum Parameter<Value: Sendable & Equatable>: Sendable, Equatable {
    case key
    case value(Value)

    func component(_ name: String, _ text: (Value) -> String) -> String {
        switch self {
        case .key: ":" + name
        case .value(let value): text(value)
        }
    }
}

/// Every address Align serves, in one table. The same value registers a route (with `.key`
/// parameters, in App), builds every link and form action (with `.value`s, in the views), and
/// tells the middleware what a request is (`kind(ofPath:)`).
public enum SiteURL: Sendable, Equatable {
    case home
    case healthz
    /// Whether this process can serve: the database answers and its migrations are current.
    case readyz
    /// Prometheus metrics, for loopback or the holder of the metrics token.
    case metrics
    case stylesheet
    /// The upload form's progress script.
    case uploadScript
    case openAPI
    case setup
    case signIn
    case signOut
    case changePassword
    case organizations
    case newOrganization
    /// An invitation link, by its secret.
    case invitation(Parameter<String>)
    /// A person's calendar feed, by its secret with ".ics".
    case calendarFeed(Parameter<String>)
    /// A pulse's answer page, by the one-time link's secret: answered without an account.
    case pulseAnswer(Parameter<String>)
    /// A page of one organization, by its short name.
    case page(Parameter<String>, OrgPath)
    /// The organizations in the JSON API.
    case apiOrganizations
    /// The JSON API of one organization, by its short name.
    case api(Parameter<String>, OrgPath)

    /// The segments after the leading slash; parameters as `:name` for `.key`.
    public var pathComponents: [String] {
        switch self {
        case .home: []
        case .healthz: ["healthz"]
        case .readyz: ["readyz"]
        case .metrics: ["metrics"]
        case .stylesheet: ["static", "align.css"]
        case .uploadScript: ["static", "upload.js"]
        case .openAPI: Self.apiPrefix + ["openapi.json"]
        case .setup: ["setup"]
        case .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .changePassword: ["account", "password"]
        case .organizations: ["orgs"]
        case .newOrganization: ["orgs", "new"]
        case .invitation(let secret): ["invitations", secret.component("token") { $0 }]
        case .calendarFeed(let file): ["calendar", file.component("file") { $0 }]
        case .pulseAnswer(let secret): ["pulse", secret.component("token") { $0 }]
        case .page(let org, let path): ["orgs", org.component("org") { $0 }] + path.components
        case .apiOrganizations: Self.apiRoot
        case .api(let org, let path): Self.apiRoot + [org.component("org") { $0 }] + path.components
        }
    }

    static let apiRoot = apiPrefix + ["organizations"]

    /// The route's pattern as OpenAPI writes it, parameters in braces: `/api/v1/organizations/{org}/teams/{id}`.
    public var openAPIPath: String {
        "/" + pathComponents.map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
    }

    /// The address, e.g. `/orgs/riverbend-water/teams`.
    public var path: String { "/" + pathComponents.joined(separator: "/") }

    /// The address with a query, e.g. `?notice=created`; empty values are left out.
    public func path(query: [String: String]) -> String { path + Paths.queryString(query) }
}

extension SiteURL {
    /// Whether a request to `path` is for the JSON API: bearer tokens, JSON bodies, problem details.
    public static func isAPI(_ path: String) -> Bool {
        path.hasPrefix(apiPathPrefix)
    }

    /// Whether `path` answers without signing in.
    public static func isPublic(_ path: String) -> Bool {
        publicPaths.contains(path) || publicPathPrefixes.contains { path.hasPrefix($0) }
    }

    /// Whether `path` takes a file streamed in a multipart form (feedback, TheyDo insights, people, escalations), which checks its own CSRF token.
    public static func isUpload(_ path: String) -> Bool {
        let segments = path.split(separator: "/").map(String.init)
        guard segments.count > 2, segments[0] == "orgs" else { return false }
        return [OrgPath.imports, .insightImport, .peopleImport, .escalationsImport].contains { Array(segments[2...]) == $0.components }
    }

    /// Whether `path` is for the operator's tools (health, readiness, metrics), which nothing but
    /// their routes need to see: no session, no page cache, no sign-in.
    public static func isHealthCheck(_ path: String) -> Bool { operatorPaths.contains(path) }

    /// Whether `path` is served without looking at sessions: the operator's tools and static files.
    public static func needsNoSession(_ path: String) -> Bool {
        operatorPaths.contains(path) || path.hasPrefix(staticPathPrefix)
    }

    static let apiPrefix = ["api", "v1"]

    // Worked out once: every request asks these.
    private static let apiPathPrefix = "/" + apiPrefix.joined(separator: "/") + "/"
    private static let publicPaths = Set([home, healthz, readyz, metrics, signIn, setup, openAPI].map(\.path))
    private static let publicPathPrefixes = ["static", "invitations", "calendar", "pulse"].map { "/\($0)/" }
    private static let operatorPaths = Set([healthz, readyz, metrics].map(\.path))
    private static let staticPathPrefix = "/\(stylesheet.pathComponents[0])/"
}

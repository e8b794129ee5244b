@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// Someone using Align in a test: a session for pages (cookie + CSRF token) and one API token per organization.
final class Identity: @unchecked Sendable {
    let userID: UUID
    let email: String
    var cookie: String?
    var csrf: String?
    var tokens: [String: String] = [:]

    init(userID: UUID, email: String) {
        self.userID = userID
        self.email = email
    }
}

/// A running Align application on its own database: a fresh SQLite file, or a fresh schema in
/// the PostgreSQL named by ALIGN_TEST_DATABASE_URL, so tests never see each other's data.
final class TestApp: @unchecked Sendable {
    static let password = "correct horse battery"
    let app: Application
    /// How `app` was configured, so a second instance can share its database.
    var config = AlignConfig()
    var postgresSchema: String?
    /// An administrator of every organization the test makes with `organization` or `seed`, and of the demo's Riverbend Water.
    var me: Identity!

    init(app: Application) {
        self.app = app
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["ALIGN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `body` against a migrated application; with `demo`, Riverbend Water and Harbour Gas are loaded first.
    static func run(demo: Bool = false, withUser: Bool = true, _ body: (TestApp) async throws -> Void) async throws {
        try await run(configured: { _ in }, demo: demo, withUser: withUser, body)
    }

    /// As `run`, with settings changed by `configured` first.
    static func run(configured: (inout AlignConfig) -> Void, demo: Bool = false, withUser: Bool = true,
                    _ body: (TestApp) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-test-\(UUID().uuidString).sqlite")
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        var config = AlignConfig()
        config.logLevel = "warning"
        // Every page a test reads twice is also computed again and compared with the kept one.
        config.pageCache = .verify
        config.database = postgresURL.map { .postgres(url: $0) } ?? .sqlite(path: scratch.path)
        configured(&config)
        do {
            try await configure(app, config: config, postgresSearchPath: postgresURL == nil ? nil : [schema])
            if postgresURL != nil {
                try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            }
            try await app.autoMigrate()
            let t = TestApp(app: app)
            t.config = config
            t.postgresSchema = postgresURL == nil ? nil : schema
            if withUser { t.me = try await t.user("tester@example.org") }
            if demo {
                _ = try await DemoLoader.loadAll(app.store)
                if withUser { try await t.join("riverbend-water", t.me, Access(role: .admin)) }
            }
            try await body(t)
        } catch {
            await cleanUp(app, schema: schema, scratch: scratch)
            throw error
        }
        await cleanUp(app, schema: schema, scratch: scratch)
    }

    /// Another running instance of Align on the same database, as a second `align serve` would be. Shut it down after use.
    func secondInstance() async throws -> Application {
        let other = try await Application.make(.testing)
        do {
            try await configure(other, config: config, postgresSearchPath: postgresSchema.map { [$0] })
            try await other.autoMigrate()
        } catch {
            try? await other.asyncShutdown()
            throw error
        }
        return other
    }

    private static func cleanUp(_ app: Application, schema: String, scratch: URL) async {
        if postgresURL != nil {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch.path + suffix) }
    }

    // MARK: People and organizations

    func user(_ email: String) async throws -> Identity {
        let hash = try await app.password.async.hash(Self.password)
        let user = try await Accounts.createUser(NewAccount(name: email.components(separatedBy: "@")[0], email: email, password: Self.password),
                                                 passwordHash: hash, on: app.db)
        return Identity(userID: user.id!, email: email)
    }

    func join(_ slug: String, _ identity: Identity, _ access: Access) async throws {
        let org = try #require(try await Organizations.find(slug: slug, on: app.db))
        try await Accounts.setMembership(userID: identity.userID, organizationID: org.id!, access: access, on: app.db)
    }

    /// A new organization with `me` as its administrator.
    func organization(_ name: String, slug: String) async throws {
        let record = OrganizationRecord(content: Organization(name: name, slug: slug))
        try await record.create(on: app.db)
        try await join(slug, me, Access(role: .admin))
    }

    // MARK: Requests

    /// Sends a request as `identity` (default `me`; nil for nobody): a bearer token under /api,
    /// the session cookie and CSRF token for pages.
    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, form: [(String, String)]? = nil,
              as who: Identity?? = .none, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let identity: Identity? = who ?? me
        var headers = headers
        var form = form
        if let identity {
            if path.hasPrefix("/api/") {
                if let token = try await token(for: identity, path: path) { headers.bearerAuthorization = .init(token: token) }
            } else {
                try await signIn(identity)
                headers.replaceOrAdd(name: .cookie, value: identity.cookie!)
                if method != .GET && json == nil { form = (form ?? []) + [("_csrf", identity.csrf!)] }
            }
        }
        return try await raw(method, path, json: json, form: form, headers: headers)
    }

    func raw(_ method: HTTPMethod, _ path: String, json: String? = nil, form: [(String, String)]? = nil,
             headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = headers
        if !headers.contains(name: .host) { headers.add(name: .host, value: "align.test") }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        } else if let form {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(string: Self.encodeForm(form))
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }

    /// Signs in through the sign-in page once per identity, keeping the session cookie and CSRF token.
    func signIn(_ identity: Identity) async throws {
        guard identity.cookie == nil else { return }
        let (cookie, csrf) = try await anonymousSession()
        let response = try await raw(.POST, "/sign-in", form: [("email", identity.email), ("password", Self.password), ("_csrf", csrf)],
                                     headers: ["Cookie": cookie])
        #expect(response.status == .seeOther, "sign-in failed: \(response.status)")
        identity.cookie = try #require(Self.sessionCookie(response))
        let page = try await raw(.GET, "/account/password", headers: ["Cookie": identity.cookie!])
        identity.csrf = try #require(Self.csrfToken(in: page.body.string))
        if let renewed = Self.sessionCookie(page) { identity.cookie = renewed }
    }

    /// A fresh visitor's session cookie and CSRF token, from the sign-in page.
    func anonymousSession(from path: String = "/sign-in") async throws -> (cookie: String, csrf: String) {
        let page = try await raw(.GET, path)
        return (try #require(Self.sessionCookie(page)), try #require(Self.csrfToken(in: page.body.string)))
    }

    static func sessionCookie(_ response: TestingHTTPResponse) -> String? {
        response.headers[.setCookie].first { $0.hasPrefix("align_session=") }.map { String($0.prefix { $0 != ";" }) }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The identity's token for the organization named in an API path, made on first use.
    func token(for identity: Identity, path: String) async throws -> String? {
        let parts = path.split(separator: "/").map(String.init)
        let slug = parts.count > 3 ? String(parts[3].prefix { $0 != "?" }) : nil
        if let slug, let token = identity.tokens[slug] { return token }
        if let slug, let org = try await Organizations.find(slug: slug, on: app.db),
           try await Accounts.membership(userID: identity.userID, organizationID: org.id!, on: app.db) != nil {
            let token = try await app.store.issueToken(userID: identity.userID, organizationID: org.id!, name: "test")
            identity.tokens[slug] = token
            return token
        }
        if let any = identity.tokens.values.first { return any }
        let mine = try await Accounts.organizations(of: identity.userID, on: app.db)
        guard let first = mine.first else { return nil }
        return try await token(for: identity, path: "/api/v1/organizations/\(first.slug)")
    }

    static func encodeForm(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }

    /// Decodes a JSON response body into loosely typed values.
    func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    /// Creates a record through the API and returns its id.
    func create(_ org: String, _ segment: String, _ json: String, as who: Identity?? = .none) async throws -> String {
        let response = try await send(.POST, "/api/v1/organizations/\(org)/\(segment)", json: json, as: who)
        #expect(response.status == .created, "creating \(segment): \(response.body.string)")
        return try #require(try object(response)["id"] as? String)
    }

    /// A fresh organization with one team, journey, stage and touchpoint, for tests that need a little data.
    func seed(slug: String = "acme") async throws -> Seed {
        try await organization("Acme \(slug)", slug: slug)
        let team = try await create(slug, "teams", #"{"name":"Contact Centre","function":"customer-service"}"#)
        let journey = try await create(slug, "journeys", #"{"name":"Report a fault"}"#)
        let stage = try await create(slug, "stages", #"{"journey_id":"\#(journey)","name":"Report it"}"#)
        let touchpoint = try await create(slug, "touchpoints",
            #"{"stage_id":"\#(stage)","name":"Fault line","channel":"phone","owning_team_id":"\#(team)"}"#)
        return Seed(slug: slug, team: team, journey: journey, stage: stage, touchpoint: touchpoint)
    }
}

struct Seed {
    let slug: String, team: String, journey: String, stage: String, touchpoint: String
}

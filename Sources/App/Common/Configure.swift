import SQLKit
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Persistence
import Vapor
import Web

/// Whether Align is served over HTTPS, as configured by ALIGN_SECURE_COOKIES.
struct SecureCookiesKey: StorageKey {
    typealias Value = Bool
}

extension Application {
    /// The database, as the services take it.
    var store: AlignStore { AlignStore(db) }
}

extension Request {
    /// The database, as the services take it, for work outside any one organization.
    var store: AlignStore { AlignStore(db) }
}

extension OrgContext {
    /// The database handle the organization's queries in Persistence take.
    var db: any Database { store.db }
}

extension DatabaseID {
    static let align = DatabaseID(string: "align")
}

/// Wires databases, migrations, middleware and routes into a Vapor application.
public func configure(_ app: Application, config: AlignConfig, postgresSearchPath: [String]? = nil) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "2mb"
    app.logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
    // SQLite statements run on this pool, and SQLiteNIO's busy handler retries a locked statement on its
    // thread without end. On the process-wide pool that two instances (or parallel tests) share, waiting
    // statements of one took every thread while the statement that would release the lock waited for one.
    // A pool of each instance's own, larger than its connection count, always leaves the holder a thread.
    app.threadPool = NIOThreadPool(numberOfThreads: max(4, System.coreCount + 2))
    try useDatabase(app, config.database, searchPath: postgresSearchPath)
    app.installBackgroundWork()
    if case .sqlite = config.database, let sql = app.db as? any SQLDatabase {
        // Readers never wait for the writer in WAL mode, nor a committing writer for readers, so a
        // background import and the pages following it cannot block each other. It stays with the file.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    app.migrations.add(AlignMigrations.all, to: .align)
    app.migrations.add(SessionRecord.migration, to: .align)
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))

    let secure = config.secureCookies
    app.storage[SecureCookiesKey.self] = secure
    app.sessions.use(.fluent(.align))
    app.sessions.configuration = SessionsConfiguration(cookieName: "align_session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 60 * 60 * 24 * 14, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.middleware = Middlewares()
    // Outermost, so error pages and redirects carry the headers too.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AlignErrorMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(AuthenticationMiddleware())
    app.middleware.use(CSRFMiddleware())
    try registerRoutes(app)
}

func useDatabase(_ app: Application, _ location: DatabaseLocation, searchPath: [String]?) throws {
    switch location {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .align, isDefault: true)
    case .postgres(let url):
        var configuration = try SQLPostgresConfiguration(url: url)
        if url.contains("sslmode") == false { configuration.coreConfiguration.tls = .disable }
        configuration.searchPath = searchPath
        app.databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .align, isDefault: true)
    }
}

func registerRoutes(_ app: Application) throws {
    app.get("healthz") { _ in "ok" }
    app.get("api", "v1", "openapi.json") { _ -> Response in
        // Encoded with its keys as written: OpenAPI's own names are camelCase.
        let response = Response(status: .ok, body: .init(data: try JSONEncoder().encode(OpenAPIDocument.document)))
        response.headers.contentType = .json
        return response
    }
    app.get("static", "align.css") { _ -> Response in
        let response = Response(status: .ok, body: .init(string: Stylesheet.css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }
    SessionController().register(app)
    InvitationController().register(app)
    try OrganizationController().register(app)
    let web = app.grouped("orgs", ":org")
    let api = app.grouped("api", "v1", "organizations", ":org")
    TokensController().register(web: web)
    AuditController().register(web: web)
    MembersController().register(web: web)
    JourneyMapController().register(web: web, api: api)
    ResourceController<TeamsResource>().register(web: web, api: api)
    ResourceController<PeopleResource>().register(web: web, api: api)
    ResourceController<GoalsResource>().register(web: web, api: api)
    ResourceController<JourneysResource>().register(web: web, api: api)
    ResourceController<StagesResource>().register(web: web, api: api)
    ResourceController<TouchpointsResource>().register(web: web, api: api)
    ResourceController<HandoffsResource>().register(web: web, api: api)
    ResourceController<ProcessesResource>().register(web: web, api: api)
    ResourceController<CustomersResource>().register(web: web, api: api)
    ResourceController<ContactsResource>().register(web: web, api: api)
    ResourceController<FrictionsResource>().register(web: web, api: api)
    ResourceController<ConversationsResource>().register(web: web, api: api)
    ResourceController<FeedbackResource>().register(web: web, api: api)
    TouchpointConfirmation().register(web: web)
    ImportsController().register(web: web, api: api)
    ScoresController().register(web: web, api: api)
    ThemesController().register(web: web, api: api)
    LegitimizeController().register(web: web, api: api)
    InitiativeBoardController().register(web: web, api: api)
    InitiativePageController().register(web: web, api: api)
    ResourceController<InitiativesResource>().register(web: web, api: api)
    ResourceController<InitiativeChangesResource>().register(web: web, api: api)
    ResourceController<CapabilityNeedsResource>().register(web: web, api: api)
    ResourceController<FollowUpNotesResource>().register(web: web, api: api)
    ResourceController<CheckInsResource>().register(web: web, api: api)
    NurtureController().register(web: web, api: api)
    NurtureSettingsController().register(web: web, api: api)
    InboxController().register(web: web, api: api)
    CalendarController().register(app, web: web)
    CustomerTimelineController().register(api: api)
}

/// Headers every response carries; pages use no inline script or style.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        return response
    }
}

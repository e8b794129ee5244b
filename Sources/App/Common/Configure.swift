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

extension DatabaseID {
    static let align = DatabaseID(string: "align")
}

/// Wires databases, migrations, middleware and routes into a Vapor application.
public func configure(_ app: Application, config: AlignConfig, postgresSearchPath: [String]? = nil) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    // Vapor's own request metrics go to swift-metrics' global backend, which Align leaves unset (it
    // counts into its own registry, `MetricsMiddleware`): made for nothing on every request.
    app.http.server.configuration.reportMetrics = false
    app.routes.defaultMaxBodySize = "2mb"
    app.logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
    // SQLite statements run on this pool, and SQLiteNIO's busy handler retries a locked statement on its
    // thread without end. On the process-wide pool that two instances (or parallel tests) share, waiting
    // statements of one took every thread while the statement that would release the lock waited for one.
    // A pool of each instance's own, larger than its connection count, always leaves the holder a thread.
    app.threadPool = NIOThreadPool(numberOfThreads: max(4, System.coreCount + 2))
    try useDatabase(app, config.database, searchPath: postgresSearchPath ?? config.postgresSearchPath)
    app.installBackgroundWork()
    if case .sqlite = config.database, let sql = app.db as? any SQLDatabase {
        // Readers never wait for the writer in WAL mode, nor a committing writer for readers, so a
        // background import and the pages following it cannot block each other. It stays with the file.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    app.migrations.add(alignMigrations, to: .align)
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    app.keepDecoyPasswordHash()
    app.clientAddresses = ClientAddressResolver(trusted: config.trustedProxies)

    let secure = config.secureCookies
    app.storage[SecureCookiesKey.self] = secure
    app.sessions.use(.fluent(.align))
    app.useSessionsWhereNeeded(app.sessions.driver)
    app.sessions.configuration = SessionsConfiguration(cookieName: "align_session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 60 * 60 * 24 * 14, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.metrics = AlignMetrics()
    try await useMiddleware(app, config)
    try registerRoutes(app, config)
}

/// Every migration, in order: Align's own and the sessions table.
let alignMigrations: [any Migration] = AlignMigrations.all + [SessionRecord.migration]

/// The middleware every request passes, outermost first.
func useMiddleware(_ app: Application, _ config: AlignConfig) async throws {
    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware(metrics: app.metrics))
    app.middleware.use(RequestIDMiddleware())
    // Outermost, so error pages and redirects carry the headers too.
    app.middleware.use(SecurityHeadersMiddleware())
    // Errors on the way to the page cache (reading the database's version, noting a token's use) are
    // answered as pages too: with the database gone, they are the first to meet it.
    var pages: [any Middleware] = [AlignErrorMiddleware(), APITokenUseMiddleware()]
    if config.pageCache != .off {
        let cache = PageCache(budget: config.pageCacheMegabytes * 1024 * 1024)
        app.pageCache = cache
        pages.append(PageCacheMiddleware(cache: cache, version: try await app.dataVersion(config.database), mode: config.pageCache,
                                         cookieName: "align_session"))
    }
    pages += [AlignErrorMiddleware(), SessionsWhereNeeded(sessions: app.sessions.middleware), AuthenticationMiddleware(), CSRFMiddleware()]
    app.middleware.use(WhenNeeded(pages: pages, files: AlignErrorMiddleware()))
}

func useDatabase(_ app: Application, _ location: DatabaseLocation, searchPath: [String]?) throws {
    switch location {
    case .sqlite(let path):
        // 60 s, not the default 10: with every core busy, opening a connection on the thread pool can take longer than 10 s,
        // and a request that times out while its connection is being opened leaves that connection unclosed, which SQLiteNIO
        // stops on in debug builds (seen twice in the test command's PostgreSQL step, whose command-line tests use SQLite).
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(60), sqlLogLevel: .trace), as: .align, isDefault: true)
    case .postgres(let url):
        var configuration = try SQLPostgresConfiguration(url: url)
        if url.contains("sslmode") == false { configuration.coreConfiguration.tls = .disable }
        configuration.searchPath = searchPath
        app.databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .align, isDefault: true)
    }
}

func registerRoutes(_ app: Application, _ config: AlignConfig) throws {
    let router = Router(routes: app)
    try registerPublicRoutes(router, metricsToken: config.metricsToken)
    SessionController().register(router)
    InvitationController().register(router)
    OrganizationController().register(router)
    TokensController().register(router)
    AuditController().register(router)
    MembersController().register(router)
    JourneyMapController().register(router)
    registerRecordRoutes(router)
    TouchpointConfirmation().register(router)
    InsightImportController().register(router)
    CharterGapsController().register(router)
    StrategyWallController().register(router)
    PulseController().register(router)
    PulseAnswerController().register(router)
    HealthController().register(router)
    ConflictsController().register(router)
    CentricityController().register(router)
    WorkforceImportController().register(router)
    WalkController().register(router)
    CharterController().register(router)
    ImportsController().register(router)
    ScoresController().register(router)
    ThemesController().register(router)
    LegitimizeController().register(router)
    InitiativeBoardController().register(router)
    InitiativePageController().register(router)
    PlannedChangeController().register(router)
    InvestmentController().register(router)
    ReportsController().register(router)
    ChangeLoadController().register(router)
    AlignmentController().register(router)
    NurtureController().register(router)
    NurtureSettingsController().register(router)
    InboxController().register(router)
    CalendarController().register(router)
    CustomerTimelineController().register(router)
}

/// What answers without signing in: the health check, the API's description, the stylesheet.
func registerPublicRoutes(_ router: Router, metricsToken: String?) throws {
    OperationsController(metricsToken: metricsToken).register(router)
    // Built once: the document describes the routes, which do not change while Align runs.
    // Encoded with its keys as written: OpenAPI's own names are camelCase.
    let openAPI = try JSONEncoder().encode(OpenAPIDocument.document)
    router.site(.GET, .openAPI) { _ -> Response in
        let response = Response(status: .ok, body: .init(data: openAPI))
        response.headers.contentType = .json
        return response
    }
    router.site(.GET, .uploadScript) { _ -> Response in
        let response = Response(status: .ok, body: .init(string: UploadScript.javaScript))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }
    router.site(.GET, .stylesheet) { _ -> Response in
        let response = Response(status: .ok, body: .init(string: Stylesheet.css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }
}

/// The generic pages and endpoints of every kind of record, in the order the API lists them.
func registerRecordRoutes(_ router: Router) {
    ResourceController<TeamsResource>().register(router)
    ResourceController<PeopleResource>().register(router)
    ResourceController<GoalsResource>().register(router)
    ResourceController<CommitmentsResource>().register(router)
    ResourceController<PulsesResource>().register(router)
    ResourceController<PulseQuestionsResource>().register(router)
    ResourceController<EscalationsResource>().register(router)
    ResourceController<KPIsResource>().register(router)
    ResourceController<KPIValuesResource>().register(router)
    ResourceController<KPIEffectsResource>().register(router)
    ResourceController<CustomerOutcomesResource>().register(router)
    ResourceController<CompetenciesResource>().register(router)
    ResourceController<CentricityTargetsResource>().register(router)
    ResourceController<CentricityAssessmentsResource>().register(router)
    ResourceController<WalksResource>().register(router)
    ResourceController<JourneysResource>().register(router)
    ResourceController<StagesResource>().register(router)
    ResourceController<TouchpointsResource>().register(router)
    ResourceController<HandoffsResource>().register(router)
    ResourceController<ProcessesResource>().register(router)
    ResourceController<SystemsResource>().register(router)
    ResourceController<PlannedChangesResource>().register(router)
    ResourceController<InvestmentsResource>().register(router)
    ResourceController<ChangeNotesResource>().register(router)
    ResourceController<CustomersResource>().register(router)
    ResourceController<ContactsResource>().register(router)
    ResourceController<FrictionsResource>().register(router)
    ResourceController<ConversationsResource>().register(router)
    ResourceController<FeedbackResource>().register(router)
    ResourceController<InitiativesResource>().register(router)
    ResourceController<InitiativeChangesResource>().register(router)
    ResourceController<CapabilityNeedsResource>().register(router)
    ResourceController<FollowUpNotesResource>().register(router)
    ResourceController<CheckInsResource>().register(router)
}

/// Headers every response carries; pages use no inline script or style.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                          value: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
            response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
            return response
        }
    }
}

/// Runs the middleware of pages and the API only for requests that need them: /healthz goes straight
/// to its route, static files (`SiteURL.needsNoSession`) pass the error pages alone, so the cheapest
/// routes stay cheap while every request passes the same middleware.
struct WhenNeeded: Middleware {
    let pages: [any Middleware]
    let files: any Middleware

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.url.path
        if SiteURL.isHealthCheck(path) { return next.respond(to: request) }
        if SiteURL.needsNoSession(path) { return files.respond(to: request, chainingTo: next) }
        return pages.makeResponder(chainingTo: next).respond(to: request)
    }
}

import Foundation
import NIOConcurrencyHelpers
import Logging
import Persistence
import Vapor
import Domain

/// What the `align` command runs, so the executable itself need not import Vapor.
public enum AlignRunner {
    /// Applies migrations, optionally loads the demo, then serves until interrupted.
    public static func serve(_ config: AlignConfig, demo: Bool) async throws {
        let app = try await makeApplication(config, arguments: ["align", "serve"])
        do {
            try await app.autoMigrate()
            try await app.store.settleImports()
            if demo { try await loadDemo(app) }
            try await DatabaseStatistics.refresh(app.db)
            if config.jobsInterval > 0 {
                let jobs = JobRunner(app: app, retentionDays: config.retentionDays)
                let metrics = app.metrics
                app.background.start(app.logger) { try await jobs.loop(interval: config.jobsInterval) { metrics.recordJobPass($0) } }
            }
            app.logger.notice("Align is listening on http://\(config.host):\(config.port) (\(describe(config.database)))")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Applies every pending migration and reports how many ran.
    public static func migrate(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            print("Migrations applied to \(describe(config.database)).")
        }
    }

    /// Applies migrations and loads the Riverbend Water demo, adding only what is missing.
    public static func loadDemo(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            try await loadDemo(app)
        }
    }

    static func loadDemo(_ app: Application) async throws {
        for summary in try await DemoLoader.loadAll(app.store) {
            print("Demo organization \"\(summary.organizationSlug)\": \(summary.added) records added, \(summary.alreadyPresent) already present.")
        }
        let lines = try await DemoAccounts.ensure(app.store) { try await app.password.async.hash($0) }
        print("Demo sign-ins (demo data only), password \"\(DemoAccounts.password)\" for each:")
        lines.forEach { print($0) }
    }

    /// The organization a command is about: the one named, or the only one there is.
    static func chooseOrganization(_ slug: String?, _ store: AlignStore) async throws -> Stored<Organization> {
        if let slug {
            guard let org = try await store.organization(slug: slug) else {
                throw CommandFailure(description: "No organization has the short name “\(slug)”.")
            }
            return org
        }
        let all = try await store.allOrganizations()
        guard all.count == 1 else {
            throw CommandFailure(description: all.isEmpty ? "There is no organization yet; create one first (align demo, or the set-up page)."
                                 : "Say which organization with --organization: " + all.map(\.slug).joined(separator: ", ") + ".")
        }
        return all[0]
    }

    static func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres: "PostgreSQL"
        }
    }

    /// A command that could not be carried out, said in words for the terminal.
    public struct CommandFailure: Error, CustomStringConvertible {
        public let description: String
    }

    static func withApplication(_ config: AlignConfig, _ body: (Application) async throws -> Void) async throws {
        let app = try await makeApplication(config, arguments: ["align"])
        do {
            try await body(app)
        } catch let failure as ValidationFailure {
            try? await app.asyncShutdown()
            throw CommandFailure(description: failure.errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func makeApplication(_ config: AlignConfig, arguments: [String]) async throws -> Application {
        bootstrapLogging(config.logLevel, format: config.logFormat)
        let app = try await Application.make(Environment(name: "production", arguments: arguments))
        try await configure(app, config: config)
        return app
    }

    /// Whether logging is set up; locked, as commands run side by side in the tests, and swift-log stops the
    /// process when set up twice.
    private static let loggingReady = NIOLockedValueBox(false)

    private static func bootstrapLogging(_ level: String, format: AlignConfig.LogFormat) {
        guard loggingReady.withLockedValue({ ready in defer { ready = true }; return !ready }) else { return }
        let level = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            if format == .json { return JSONLogHandler(label: label, level: level) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

extension AlignRunner {
    /// One route and nothing else, for the page benchmark to compare `/healthz` through every middleware with.
    public static func serveBare(host: String, port: Int) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["align", "serve"]))
        app.middleware = Middlewares()
        app.http.server.configuration.hostname = host
        app.http.server.configuration.port = port
        app.get("healthz") { _ in "ok" }
        do { try await app.execute() } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

import Fluent
import Foundation
import Logging
import Persistence
import Vapor

/// What the `align` command runs, so the executable itself need not import Vapor.
public enum AlignRunner {
    /// Applies migrations, optionally loads the demo, then serves until interrupted.
    public static func serve(_ config: AlignConfig, demo: Bool) async throws {
        let app = try await makeApplication(config, arguments: ["align", "serve"])
        do {
            try await app.autoMigrate()
            if demo { report(try await DemoLoader.loadRiverbendWater(on: app.db)) }
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
            report(try await DemoLoader.loadRiverbendWater(on: app.db))
        }
    }

    static func report(_ summary: DemoLoadSummary) {
        print("Demo organization \"\(summary.organizationSlug)\": \(summary.added) records added, \(summary.alreadyPresent) already present.")
    }

    static func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres: "PostgreSQL"
        }
    }

    static func withApplication(_ config: AlignConfig, _ body: (Application) async throws -> Void) async throws {
        let app = try await makeApplication(config, arguments: ["align"])
        do {
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func makeApplication(_ config: AlignConfig, arguments: [String]) async throws -> Application {
        bootstrapLogging(config.logLevel)
        let app = try await Application.make(Environment(name: "production", arguments: arguments))
        try await configure(app, config: config)
        return app
    }

    nonisolated(unsafe) private static var loggingReady = false

    private static func bootstrapLogging(_ level: String) {
        guard !loggingReady else { return }
        loggingReady = true
        let level = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

import App
import ArgumentParser
import Foundation

/// Options shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite file to use (default align.sqlite, or ALIGN_SQLITE_PATH).")
    var sqlitePath: String?

    @Option(help: "postgres://user:password@host:port/database (or DATABASE_URL); overrides --sqlite-path.")
    var databaseURL: String?

    func config() throws -> AlignConfig {
        let dotEnv = (try? String(contentsOfFile: ".env", encoding: .utf8)).map(AlignConfig.parseDotEnv) ?? [:]
        do {
            var config = try AlignConfig.load(environment: ProcessInfo.processInfo.environment, dotEnv: dotEnv)
            if let sqlitePath { config.database = .sqlite(path: sqlitePath) }
            if let databaseURL { config.database = try AlignConfig.parseDatabaseURL(databaseURL, setting: "--database-url") }
            return config
        } catch let invalid as AlignConfig.Invalid {
            throw ValidationError(invalid.description)
        }
    }
}

@main
struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align: the customer dimension inside your organization.",
        subcommands: [Serve.self, Migrate.self, Demo.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply migrations and serve the web app and API.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (default 127.0.0.1, or ALIGN_HOST).")
    var host: String?

    @Option(help: "Port to listen on (default 8080, or ALIGN_PORT).")
    var port: String?

    @Flag(help: "Load the Riverbend Water demo organization before serving.")
    var demo = false

    func run() async throws {
        var config = try database.config()
        if let host { config.host = host }
        if let port {
            do { config.port = try AlignConfig.parsePort(port, setting: "--port") } catch let invalid as AlignConfig.Invalid {
                throw ValidationError(invalid.description)
            }
        }
        try await AlignRunner.serve(config, demo: demo)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await AlignRunner.migrate(try database.config())
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the Riverbend Water demo organization (adds only what is missing).")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await AlignRunner.loadDemo(try database.config())
    }
}

import App
import ArgumentParser
import Domain
import Foundation

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

/// The page benchmark's baseline: the same binary serving one route through no middleware at all.
struct ServeBare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve-bare",
                                                    abstract: "Serve only GET /healthz with no middleware and no database (the page benchmark's baseline).")

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port: String = "8081"

    func run() async throws {
        let number: Int
        do { number = try AlignConfig.parsePort(port, setting: "--port") } catch let invalid as AlignConfig.Invalid {
            throw ValidationError(invalid.description)
        }
        try await AlignRunner.serveBare(host: host, port: number)
    }
}

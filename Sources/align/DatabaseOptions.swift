import App
import ArgumentParser
import Domain
import Foundation

/// Options shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite file to use (default align.sqlite, or ALIGN_SQLITE_PATH).")
    var sqlitePath: String?

    @Option(help: "postgres://user:password@host:port/database (or DATABASE_URL); overrides --sqlite-path.")
    var databaseURL: String?

    func config() throws -> AlignConfig {
        do {
            var config = try Self.settings()
            if let sqlitePath { config.database = .sqlite(path: sqlitePath) }
            if let databaseURL { config.database = try AlignConfig.parseDatabaseURL(databaseURL, setting: "--database-url") }
            return config
        } catch let invalid as AlignConfig.Invalid {
            throw ValidationError(invalid.description)
        }
    }

    /// The settings from the environment over `.env`, before any option.
    static func settings() throws -> AlignConfig {
        let dotEnv = (try? String(contentsOfFile: ".env", encoding: .utf8)).map(AlignConfig.parseDotEnv) ?? [:]
        return try AlignConfig.load(environment: ProcessInfo.processInfo.environment, dotEnv: dotEnv)
    }
}

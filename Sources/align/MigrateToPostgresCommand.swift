import App
import ArgumentParser
import Foundation

struct MigrateToPostgres: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-to-postgres",
        abstract: "Move everything from the SQLite database into a new, empty PostgreSQL database, and verify it.",
        discussion: """
            Every table is copied with its ids, sessions and audit entries, then both databases are read again and each \
            table's row count and checksum compared. The SQLite file is not changed. Stop align serve first, so nothing \
            is written during the move; then start it with DATABASE_URL set.
            """)

    @Option(help: "The SQLite file to move (default align.sqlite, or ALIGN_SQLITE_PATH).")
    var sqlitePath: String?

    @Option(help: "postgres://user:password@host:port/database of an empty database to move into.")
    var databaseURL: String

    func run() async throws {
        var source: AlignConfig, target: AlignConfig
        do {
            source = try DatabaseOptions.settings()
            let environmentPath = ProcessInfo.processInfo.environment["ALIGN_SQLITE_PATH"].flatMap { $0.isEmpty ? nil : $0 }
            source.database = .sqlite(path: sqlitePath ?? environmentPath ?? "align.sqlite")
            target = source
            target.database = try AlignConfig.parseDatabaseURL(databaseURL, setting: "--database-url")
        } catch let invalid as AlignConfig.Invalid {
            throw ValidationError(invalid.description)
        }
        guard case .postgres = target.database else { throw ValidationError("--database-url must be a postgres:// URL.") }
        try await AlignRunner.migrateToPostgres(from: source, to: target)
    }
}

import App
import ArgumentParser
import Foundation

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the SQLite database to FILE while Align serves (for PostgreSQL it says how to use pg_dump).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The new file to write; an existing one is never overwritten.")
    var file: String

    func run() async throws {
        try await AlignRunner.backUp(try database.config(), to: file)
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put a backup made by align backup in place of the SQLite database. Stop every align serve on it first.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The backup file to restore.")
    var file: String

    @Flag(help: "Replace a database that holds organizations (without it, only an empty or missing one is replaced).")
    var replace = false

    func run() async throws {
        try await AlignRunner.restore(try database.config(), from: file, replacing: replace)
    }
}

import App
import ArgumentParser
import Domain
import Foundation

struct Jobs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Scheduled work: reminders and webhook deliveries.", subcommands: [Run.self])

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run one pass now: queue reminders that came due and deliver every due job (safe beside running servers).")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await AlignRunner.runJobs(try database.config())
        }
    }
}

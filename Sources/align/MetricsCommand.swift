import App
import ArgumentParser
import Foundation

struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "metrics", abstract: "What the teams' KPIs do to customers.",
                                                    subcommands: [Conflicts.self])

    struct Conflicts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "KPIs pulling customer outcomes apart, measures customers pay for and unmeasured outcomes, each with its path hop by hop.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?

        func run() async throws {
            try await AlignRunner.metricConflicts(try database.config(), organization: organization)
        }
    }
}

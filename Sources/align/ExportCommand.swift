import App
import ArgumentParser
import Foundation

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export data from an organization.", subcommands: [ExportFeedback.self])

    struct ExportFeedback: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "feedback", abstract: "Write every feedback item as Formbricks Hub feedback records (JSON Lines), one per answer.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "formbricks-hub (the only format so far).") var format = "formbricks-hub"
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            guard format == "formbricks-hub" else { throw ValidationError("--format must be formbricks-hub.") }
            try await AlignRunner.exportFeedback(try database.config(), organization: organization, output: output)
        }
    }
}

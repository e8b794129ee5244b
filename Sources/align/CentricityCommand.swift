import App
import ArgumentParser
import Foundation

struct CentricityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centricity",
        abstract: "Per competency: the target level, the assessed level with its spread, the gap and what Align's records back.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?

    func run() async throws {
        try await AlignRunner.centricity(try database.config(), organization: organization)
    }
}

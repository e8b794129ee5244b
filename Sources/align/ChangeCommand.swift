import App
import ArgumentParser
import Foundation

struct ChangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "change", abstract: "Planned changes and everyone they touch.",
                                                    subcommands: [Impact.self])

    struct Impact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Everyone and everything a planned change touches: teams and people with their level, what they do today and tomorrow, who has acknowledged it, touchpoints, handoffs and the customers heard there.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Flag(help: "Print the API's JSON instead of text.") var json = false
        @Argument(help: "The planned change's id.") var id: String

        func run() async throws {
            try await AlignRunner.changeImpact(try database.config(), organization: organization, id: id, asJSON: json)
        }
    }
}

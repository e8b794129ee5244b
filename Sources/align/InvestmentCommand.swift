import App
import ArgumentParser
import Foundation

struct InvestmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "investment", abstract: "Investments and what they would do to alignment.",
                                                    subcommands: [Outlook.self])

    struct Outlook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What an investment would do to alignment: the index today and projected after it with every assumption, frictions and blind spots addressed, KPI conflicts created or removed, teams touched, change load added, customers reached; once done, what happened.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Flag(help: "Print the API's JSON instead of text.") var json = false
        @Argument(help: "The investment's id.") var id: String

        func run() async throws {
            try await AlignRunner.investmentOutlook(try database.config(), organization: organization, id: id, asJSON: json)
        }
    }
}

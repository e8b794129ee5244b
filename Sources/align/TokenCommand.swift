import App
import ArgumentParser
import Domain
import Foundation

struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Personal API tokens.", subcommands: [CreateToken.self])

    struct CreateToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create an API token and print it once.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Email of the account the token acts as.") var email: String
        @Option(help: "Short name of the organization the token is for.") var organization: String
        @Option(help: "What the token is for.") var name = "Command line"

        func run() async throws {
            try await AlignRunner.createToken(try database.config(), email: email, organization: organization, name: name)
        }
    }
}

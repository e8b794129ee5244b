import App
import ArgumentParser
import Domain
import Foundation

struct CheckIns: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check-ins", abstract: "Check-ins due this week, overdue or upcoming.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
    @Option(help: "this-week, overdue or upcoming (default this-week).") var view = "this-week"
    @Option(help: "Only the check-ins of the person with this email.") var email: String?

    func run() async throws {
        try await AlignRunner.listCheckIns(try database.config(), organization: organization, view: view, email: email)
    }
}

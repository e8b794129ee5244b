import App
import ArgumentParser
import Foundation

struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "This month's alignment index (kept the first time it is asked for), each component with its weight, value and counts, and the trend.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
    @Flag(help: "Compute this month's index again and keep it in place of the one stored.") var recompute = false
    @Option(help: "team or journey: each one's index instead of the organization's.") var by: String?

    func validate() throws {
        if let by, !["team", "journey"].contains(by) { throw ValidationError("--by is team or journey; “\(by)” is neither.") }
    }

    func run() async throws {
        try await AlignRunner.alignmentIndex(try database.config(), organization: organization, recompute: recompute, by: by)
    }
}

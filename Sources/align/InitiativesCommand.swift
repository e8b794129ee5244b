import App
import ArgumentParser
import Domain
import Foundation

struct Initiatives: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List initiatives by status, or move one along its workflow.",
                                                    subcommands: [List.self, Move.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Initiatives by status, soonest due first.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "open, proposed, approved, in-progress, done or verified (default: all).") var status: String?

        func run() async throws {
            try await AlignRunner.listInitiatives(try database.config(), organization: organization, status: status)
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an initiative one step: proposed → approved → in-progress → done → verified (or one step back before done).",
            discussion: "Done applies its changes to processes, policies and handoffs and marks its frictions addressed; with capability needs still open it needs --reason. Verified queues closing-the-loop notes.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The initiative's id.") var id: String
        @Option(help: "The status to move to.") var to: String
        @Option(help: "Why, kept in its history (required for done with open capability needs).") var reason = ""
        @Option(help: "Who moved it, for its history.") var by = "Command line"
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?

        func run() async throws {
            try await AlignRunner.moveInitiative(try database.config(), organization: organization, id: id, to: to, reason: reason, by: by)
        }
    }
}

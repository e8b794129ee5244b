import App
import ArgumentParser
import Foundation

struct Pulse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create and send anonymous pulses, write their links, read their results.",
                                                    subcommands: [Create.self, Links.self, Results.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a pulse to the named teams; with --send, send it at once.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "The pulse's title.") var title: String
        @Option(parsing: .upToNextOption, help: "Teams asked, by name or id.") var teams: [String]
        @Option(parsing: .upToNextOption, help: "Question sets: strategy, 4c, custom.") var sets: [String] = ["strategy", "4c"]
        @Option(help: "The last day its links take answers, YYYY-MM-DD.") var closesOn: String
        @Flag(help: "Send it now: a link for everyone in the teams asked.") var send = false

        func run() async throws {
            try await AlignRunner.createPulse(try database.config(), organization: organization, title: title, teams: teams, sets: sets,
                                              closesOn: closesOn, send: send)
        }
    }

    struct Links: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a sent pulse's one-time links as CSV (name, email, team, link, answered).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Argument(help: "The pulse's id.") var id: String
        @Option(help: "Where people reach Align, e.g. https://align.example.org.") var baseURL = "http://127.0.0.1:8080"

        func run() async throws {
            try await AlignRunner.pulseLinks(try database.config(), organization: organization, id: id, baseURL: baseURL)
        }
    }

    struct Results: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A pulse's % favourable per team and topic; no figure for a group below the threshold.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Argument(help: "The pulse's id.") var id: String

        func run() async throws {
            try await AlignRunner.pulseResults(try database.config(), organization: organization, id: id)
        }
    }
}

struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "health",
                                                    abstract: "Each team's 4C health: pulse % favourable per experience and the signs past the organization's limits.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?

    func run() async throws {
        try await AlignRunner.health(try database.config(), organization: organization)
    }
}

import App
import ArgumentParser
import Foundation

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Reports to read, share and print.",
                                                    subcommands: [Executive.self])

    struct Executive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The executive alignment report: the index and its trend, where it is most misaligned, KPI conflicts, blind spots, change load, investments, the 4C heat map and the centricity gap, every figure linked to its records.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "The file to write: .html, .json, or .pdf (printed with Chromium).") var output: String
        @Option(help: "Where Align is served, so the report's links open its records.") var baseURL = "http://localhost:8080"

        func run() async throws {
            try await AlignRunner.executiveReport(try database.config(), organization: organization, output: output, baseURL: baseURL)
        }
    }
}

import App
import ArgumentParser
import Domain
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write synthetic data for benchmarks.", subcommands: [GenerateFeedback.self])

    struct GenerateFeedback: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "feedback",
                                                        abstract: "Write synthetic survey answers as CSV, one at a time (any number of rows).")
        @Option(help: "How many rows.") var rows = 10_000
        @Option(help: "File to write (default: standard output).") var output: String?
        @Option(help: "Seed; the same seed gives the same file.") var seed: UInt64 = 1

        func run() throws {
            guard (1...100_000_000).contains(rows) else { throw ValidationError("--rows must be between 1 and 100000000.") }
            try AlignGenerator.writeFeedback(rows: rows, seed: seed, output: output)
        }
    }
}

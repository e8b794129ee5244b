import App
import ArgumentParser
import Domain
import Foundation

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write synthetic data for benchmarks.", subcommands: [GenerateFeedback.self, GenerateOrganization.self])

    struct GenerateOrganization: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organization",
            abstract: "Write a generated organization (short name \(AlignGenerator.organizationSlug)) into the database, for the page benchmark.",
            discussion: "large: 1,000 teams, 50,000 people, 200 journeys with 10,000 touchpoints, 2,000 processes, 100,000 customers, 1,000,000 feedback items; medium is a tenth of that, small a sample for tests.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "small, medium or large.") var size: String = "large"
        @Option(help: "Seed; the same seed gives the same organization.") var seed: UInt64 = 1

        func run() async throws {
            guard AlignGenerator.organizationSizes.contains(size) else {
                throw ValidationError("--size must be one of: \(AlignGenerator.organizationSizes.joined(separator: ", ")).")
            }
            try await AlignGenerator.writeOrganization(try database.config(), size: size, seed: seed)
        }
    }

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

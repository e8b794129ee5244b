import App
import ArgumentParser
import Domain
import Foundation

extension Import {
    struct ImportInsights: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "insights", abstract: "Import a TheyDo insights file (THEYDO_INSIGHTS_V1) as friction points of one journey.",
            discussion: """
            All or nothing: any insight the format refuses refuses the file, each problem named by line and property.
            An importKey imported before updates its friction point. An insight's touchpoint is named by its tag in the
            "Touchpoint" tag group (groupTags); --default-touchpoint places the others.
            Example: align import insights insights.json --journey "Report a fault" --default-touchpoint "Fault line" --check
            """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The insights file.") var file: String
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "The journey the insights are about: its name or id.") var journey: String
        @Option(help: "The touchpoint for insights that name none: its name or id, on the journey.") var defaultTouchpoint: String?
        @Option(help: "The kind for insights whose type is not one: \(FrictionKind.allCases.map(\.rawValue).joined(separator: ", ")) (default effort).") var kind: String?
        @Flag(help: "Only check the file and say what it would do; store nothing.") var check = false

        func run() async throws {
            try await AlignRunner.importInsights(try database.config(), file: file, organization: organization, journey: journey,
                                                 defaultTouchpoint: defaultTouchpoint, kind: kind, checkOnly: check)
        }
    }
}

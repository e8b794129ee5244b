import App
import ArgumentParser
import Domain
import Foundation

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data into an organization.", subcommands: [ImportFeedback.self, ImportInsights.self, ImportList.self, ImportResume.self])

    struct ImportFeedback: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "feedback", abstract: "Import survey answers or tickets from CSV or Formbricks Hub JSON.",
            discussion: """
            FIELD is one of: \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")).
            Example: align import feedback answers.csv --map text=Comment --map nps=Q1 --map date=EndDate --header-row 1 --first-data-row 4
            Scores written as words: --label csat:"Very satisfied=5" (repeat for each label).
            """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The file to import.") var file: String
        @Option(help: "csv, formbricks-hub or theydo-responses (default csv).") var format = "csv"
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "FIELD=COLUMN: which column holds which field (repeatable).") var map: [String] = []
        @Option(help: "SCORE:LABEL=NUMBER: a score written as words (repeatable).") var label: [String] = []
        @Option(help: "The 1-based row holding the column names (default 1).") var headerRow = 1
        @Option(help: "The first row of answers (default: the row after the names).") var firstDataRow: Int?
        @Option(help: "survey or ticket (default survey).") var source = "survey"
        @Option(help: "The zone of times written without an offset, e.g. Europe/Berlin (default UTC).") var timeZone: String?
        @Option(help: "day-month-year or month-day-year: how to read dates written with numbers alone, such as 03/04/2026.") var dateOrder: String?
        @Option(help: "Write every rejected row (line, column, reason) to this CSV file.") var rejections: String?

        func run() async throws {
            guard let parsedFormat = ImportFormat(rawValue: format) else {
                throw ValidationError("--format must be csv, formbricks-hub or theydo-responses.")
            }
            guard let parsedSource = FeedbackSource(rawValue: source), parsedSource != .conversation else {
                throw ValidationError("--source must be survey or ticket.")
            }
            let settings: ImportSettings
            do {
                settings = try ImportSettings.fromArguments(format: parsedFormat, headerRow: headerRow, firstDataRow: firstDataRow,
                                                            maps: map, labels: label, source: parsedSource,
                                                            timeZone: timeZone, dateOrder: dateOrder)
            } catch {
                throw ValidationError(error.errors.map { "\(Self.option($0.field)): \($0.message)" }.joined(separator: "\n"))
            }
            try await AlignRunner.importFeedback(try database.config(), file: file, settings: settings, rowsGiven: firstDataRow != nil,
                                                 organization: organization,
                                                 rejectionsFile: rejections)
        }

        static func option(_ field: String) -> String {
            if field.hasPrefix("column_") { return "--map \(field.dropFirst(7))" }
            if field.hasPrefix("labels_") { return "--label \(field.dropFirst(7))" }
            return "--" + field.replacingOccurrences(of: "_", with: "-")
        }
    }

    struct ImportList: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List an organization's imports, newest first, tab-separated.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "How many imports to list (default 20).") var limit = 20

        func run() async throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be 1 to 1000.") }
            try await AlignRunner.listImports(try database.config(), organization: organization, limit: limit)
        }
    }

    struct ImportResume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume", abstract: "Go on with an interrupted import from its file; the rows it stored stay and are not stored twice.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The import's id (align import list shows it).") var id: String
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?

        func run() async throws {
            guard let parsed = UUID(uuidString: id) else { throw ValidationError("“\(id)” is not an import id; `align import list` shows them.") }
            try await AlignRunner.resumeImport(try database.config(), id: parsed, organization: organization)
        }
    }
}

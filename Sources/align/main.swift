import Analysis
import App
import Domain
import ArgumentParser
import Foundation

/// Options shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "SQLite file to use (default align.sqlite, or ALIGN_SQLITE_PATH).")
    var sqlitePath: String?

    @Option(help: "postgres://user:password@host:port/database (or DATABASE_URL); overrides --sqlite-path.")
    var databaseURL: String?

    func config() throws -> AlignConfig {
        let dotEnv = (try? String(contentsOfFile: ".env", encoding: .utf8)).map(AlignConfig.parseDotEnv) ?? [:]
        do {
            var config = try AlignConfig.load(environment: ProcessInfo.processInfo.environment, dotEnv: dotEnv)
            if let sqlitePath { config.database = .sqlite(path: sqlitePath) }
            if let databaseURL { config.database = try AlignConfig.parseDatabaseURL(databaseURL, setting: "--database-url") }
            return config
        } catch let invalid as AlignConfig.Invalid {
            throw ValidationError(invalid.description)
        }
    }
}

@main
struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align: the customer dimension inside your organization.",
        subcommands: [Serve.self, Migrate.self, Demo.self, User.self, Token.self, Import.self, Analyze.self, Legitimize.self, Initiatives.self,
                      CheckIns.self, Jobs.self, Generate.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply migrations and serve the web app and API.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (default 127.0.0.1, or ALIGN_HOST).")
    var host: String?

    @Option(help: "Port to listen on (default 8080, or ALIGN_PORT).")
    var port: String?

    @Flag(help: "Load the Riverbend Water demo organization before serving.")
    var demo = false

    func run() async throws {
        var config = try database.config()
        if let host { config.host = host }
        if let port {
            do { config.port = try AlignConfig.parsePort(port, setting: "--port") } catch let invalid as AlignConfig.Invalid {
                throw ValidationError(invalid.description)
            }
        }
        try await AlignRunner.serve(config, demo: demo)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await AlignRunner.migrate(try database.config())
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the Riverbend Water demo organization (adds only what is missing).")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await AlignRunner.loadDemo(try database.config())
    }
}

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create accounts and reset passwords.",
                                                    subcommands: [CreateUser.self, ResetPassword.self])

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create an account, optionally with a role in an organization.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Email address; used to sign in.") var email: String
        @Option(help: "The person's name.") var name: String
        @Option(help: "Password (at least 10 characters); asked for when left out.") var password: String?
        @Option(help: "Short name of an organization to add the account to.") var organization: String?
        @Option(help: "Role in that organization: admin, cx-lead, team-lead, member or viewer.") var role = "member"
        @Option(name: .customLong("leads"), help: "Id of a team a team lead leads (repeatable).") var leads: [String] = []

        func run() async throws {
            try await AlignRunner.createUser(try database.config(), name: name, email: email,
                                             password: try password ?? readPassword(), organization: organization, role: role, leads: leads)
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-password", abstract: "Set a new password for an account.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Email address of the account.") var email: String
        @Option(help: "The new password (at least 10 characters); asked for when left out.") var password: String?

        func run() async throws {
            try await AlignRunner.resetPassword(try database.config(), email: email, password: try password ?? readPassword())
        }
    }
}

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

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data into an organization.", subcommands: [ImportFeedback.self])

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
        @Option(help: "csv or formbricks-hub (default csv).") var format = "csv"
        @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
        @Option(help: "FIELD=COLUMN: which column holds which field (repeatable).") var map: [String] = []
        @Option(help: "SCORE:LABEL=NUMBER: a score written as words (repeatable).") var label: [String] = []
        @Option(help: "The 1-based row holding the column names (default 1).") var headerRow = 1
        @Option(help: "The first row of answers (default: the row after the names).") var firstDataRow: Int?
        @Option(help: "survey or ticket (default survey).") var source = "survey"
        @Option(help: "Write every rejected row (line, column, reason) to this CSV file.") var rejections: String?

        func run() async throws {
            guard let parsedFormat = ImportFormat(rawValue: format) else {
                throw ValidationError("--format must be csv or formbricks-hub.")
            }
            guard let parsedSource = FeedbackSource(rawValue: source), parsedSource != .conversation else {
                throw ValidationError("--source must be survey or ticket.")
            }
            let settings: ImportSettings
            do {
                settings = try ImportSettings.fromArguments(format: parsedFormat, headerRow: headerRow, firstDataRow: firstDataRow,
                                                            maps: map, labels: label, source: parsedSource)
            } catch {
                throw ValidationError(error.errors.map { "\(Self.option($0.field)): \($0.message)" }.joined(separator: "\n"))
            }
            try await AlignRunner.importFeedback(try database.config(), file: file, settings: settings, organization: organization,
                                                 rejectionsFile: rejections)
        }

        static func option(_ field: String) -> String {
            if field.hasPrefix("column_") { return "--map \(field.dropFirst(7))" }
            if field.hasPrefix("labels_") { return "--label \(field.dropFirst(7))" }
            return "--" + field.replacingOccurrences(of: "_", with: "-")
        }
    }
}

struct Legitimize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show confirmed frictions, blind spots or unvalidated frictions, ranked by priority.",
        discussion: "With --propose, links between feedback and frictions are proposed afresh first (decisions are kept).")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Short name of the organization (needed when there is more than one).") var organization: String?
    @Option(help: "confirmed, blind-spots or unvalidated (default confirmed).") var view = "confirmed"
    @Flag(help: "Propose links afresh from all feedback before showing the view.") var propose = false
    @Option(help: "Show at most this many entries (default 20).") var limit = 20

    func run() async throws {
        guard let parsed = LegitimizeView(rawValue: view) else {
            throw ValidationError("--view must be one of: " + LegitimizeView.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        try await AlignRunner.legitimize(try database.config(), organization: organization, view: parsed, propose: propose, limit: limit)
    }
}

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

/// Reads a password from standard input (one line), for when it is not given as an option.
func readPassword() throws -> String {
    FileHandle.standardError.write(Data("Password: ".utf8))
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw ValidationError("No password given: pass --password or type one on standard input.")
    }
    return line
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a CSV without importing it; write it to standard output with sentiment and theme columns added.")

    @Argument(help: "The CSV file to read.") var file: String
    @Option(help: "The column holding the customers' words.") var textColumn: String
    @Option(help: "The 1-based row holding the column names (default 1).") var headerRow = 1
    @Option(help: "Field separator: a single character such as , ; or \\t (default ,).") var delimiter = ","

    func run() throws {
        let separator = delimiter == "\\t" ? "\t" : delimiter
        guard separator.utf8.count == 1, let byte = separator.utf8.first, byte != UInt8(ascii: "\""), byte != 10, byte != 13 else {
            throw ValidationError("--delimiter must be one character other than a quote or a line break.")
        }
        let output = FileHandle.standardOutput
        let analysis = CSVAnalysis(path: file, textColumn: textColumn, delimiter: byte, headerRow: headerRow)
        let rows = try analysis.run { bytes in output.write(Data(bytes)) }
        FileHandle.standardError.write(Data("Analysed \(rows) rows.\n".utf8))
    }
}

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

struct Jobs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Scheduled work: reminders and webhook deliveries.", subcommands: [Run.self])

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run one pass now: queue reminders that came due and deliver every due job (safe beside running servers).")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await AlignRunner.runJobs(try database.config())
        }
    }
}

import App
import ArgumentParser
import Domain
import Foundation

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

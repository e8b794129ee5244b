import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align legitimize`: optionally proposes links afresh, then prints one view ranked by priority,
    /// with the parts of each priority, as a tab-separated table.
    public static func legitimize(_ config: AlignConfig, organization: String?, view: LegitimizeView, propose: Bool, limit: Int) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let legitimize = Legitimize(app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine))
            if propose {
                let outcome = try await legitimize.proposeLinks()
                FileHandle.standardError.write(Data("Compared \(outcome.compared) feedback items with the frictions at their touchpoints: \(outcome.proposed) links wait for a person, \(outcome.decided) decisions kept.\n".utf8))
            }
            let board = try await legitimize.board()
            let entries = board.entries(view)
            print("# \(view.label): \(view.explanation)")
            print("# \(PriorityScore.formula)")
            print(["rank", "priority", "items", "F", "S", "P", "V", "R", "proposals", view == .blindSpots ? "theme" : "friction"].joined(separator: "\t"))
            for (index, entry) in entries.prefix(limit).enumerated() {
                let score = entry.score
                let parts = [score.frequency, score.severity, score.customerPriority, score.valueTier, score.recency].map { String(format: "%.2f", $0) }
                let title = entry.title.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                print((["\(index + 1)", String(format: "%.1f", score.total), "\(entry.evidence.count)"] + parts
                       + ["\(entry.openProposals)", title]).joined(separator: "\t"))
            }
            if entries.isEmpty { FileHandle.standardError.write(Data("Nothing in this view yet.\n".utf8)) }
            else if entries.count > limit { FileHandle.standardError.write(Data("… and \(entries.count - limit) more; pass --limit to see them.\n".utf8)) }
        }
    }
}

import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align investment outlook ID`: what an investment would do to alignment, as its page shows it; `--json` prints the API's answer.
    public static func investmentOutlook(_ config: AlignConfig, organization: String?, id: String, asJSON: Bool) async throws {
        guard let investmentID = UUID(uuidString: id) else { throw ValidationFailure(field: "id", message: "“\(id)” is not an investment's id.") }
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let result = InvestmentOutlookResult(try await Investments(scope).outlook(of: investmentID))
            if asJSON {
                print(String(decoding: try apiEncoder().encode(result), as: UTF8.self))
            } else {
                for line in investmentLines(result) { print(line) }
            }
        }
    }

    static func investmentLines(_ result: InvestmentOutlookResult) -> [String] {
        let investment = result.investment, projection = result.projection
        func figure(_ value: Int?) -> String { value.map(String.init) ?? "not measurable" }
        var lines = ["\(investment.title) (\(investment.kind.label.lowercased()), \(Money.display(investment.cost, currency: investment.currency)), "
                     + "\(investment.status.label.lowercased()))",
                     "Pays for: \(counted(result.changes.count, "planned change")), \(counted(result.initiatives.count, "initiative"))",
                     "Alignment index: \(figure(projection.today)) today, \(figure(projection.projected)) projected after it"]
        lines += projection.components.filter { $0.today != $0.projected }.map { component in
            "  \(component.label): \(component.today.map { String(Int($0.rounded())) } ?? "—") → \(component.projected.map { String(Int($0.rounded())) } ?? "—")"
        }
        lines.append("Assuming:")
        lines += projection.assumptions.map { "  - \($0)" }
        lines.append("Friction points addressed: \(result.frictions.count); blind spots answered: \(result.blindSpots.count)")
        lines += result.conflictsRemoved.map { "KPI conflict removed: \($0.text)" } + result.conflictsCreated.map { "KPI conflict created: \($0.text)" }
        lines.append("Teams touched: " + (result.teams.isEmpty ? "none" : result.teams.map(\.name).joined(separator: ", ")))
        lines += result.load.filter { $0.total > $0.limit }.map { "Capacity: a team carries \($0.total) in \($0.month), past the limit of \($0.limit) (\($0.added) from this investment)" }
        lines.append("Customers heard where it lands since \(result.customers.since): \(result.customers.count)")
        if let outcome = result.outcome {
            lines.append("Done. Index at approval \(figure(outcome.indexAtApproval)), projected \(figure(outcome.projected)), \(figure(outcome.indexNow)) in \(outcome.month)")
        }
        return lines
    }
}

import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align change impact ID`: everyone and everything a planned change touches, as its page shows it; `--json` prints the API's answer.
    public static func changeImpact(_ config: AlignConfig, organization: String?, id: String, asJSON: Bool) async throws {
        guard let changeID = UUID(uuidString: id) else { throw ValidationFailure(field: "id", message: "“\(id)” is not a planned change's id.") }
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let changes = PlannedChanges(scope)
            let report = try await changes.impact(of: changeID)
            let result = ChangeImpactResult(report, warnings: try await changes.capacityWarnings(report), lookups: try await Lookups.forImpact(report, scope: scope))
            if asJSON {
                print(String(decoding: try apiEncoder().encode(result), as: UTF8.self))
            } else {
                for line in changeImpactLines(result) { print(line) }
            }
        }
    }

    static func changeImpactLines(_ result: ChangeImpactResult) -> [String] {
        let change = result.change
        var lines = ["\(change.title) (\(change.kind.label.lowercased()), \(change.status.label.lowercased()), \(PlannedChangesResource.period(change.content)))",
                     "Alters: " + result.alters.map { "\($0.kind) \($0.name)" }.joined(separator: "; "),
                     "Who it touches (\(result.acknowledged) of \(result.parties.count) acknowledged):"]
        for party in result.parties {
            let asked = party.asked.isEmpty ? "nobody with an account to ask" : "asked: " + party.asked.joined(separator: ", ")
            let told = party.acknowledged.map { "acknowledged by \($0.by)" } ?? "NOT YET ACKNOWLEDGED"
            lines.append("  \(party.level) · \(party.kind) \(party.name) · \(asked) · \(told)")
            for gap in party.gaps { lines.append("      \(gap.subject.name): \(gap.today.isEmpty ? "(today not described)" : gap.today) → \(gap.tomorrow)") }
        }
        lines += result.capacityWarnings.map { "Capacity: \($0.team) carries \($0.load) in \($0.month), past the limit of \($0.limit)" }
        lines.append("Touchpoints (\(result.touchpoints.count)):")
        lines += result.touchpoints.map { "  \($0.level) · \($0.name) · \($0.reasons.joined(separator: "; "))" }
        lines.append("Handoffs (\(result.handoffs.count)):")
        lines += result.handoffs.map { "  \($0.level) · \($0.name) · \($0.reasons.joined(separator: "; "))" }
        lines.append("People in the affected teams: " + (result.people.isEmpty ? "none" : result.people.map { "\($0.team) \($0.count)" }.joined(separator: ", ")))
        let segments = result.customers.segments.map { "\($0.segment.isEmpty ? "no segment" : $0.segment) \($0.customers)" }.joined(separator: ", ")
        lines.append("Customers heard on these touchpoints since \(result.customers.since): \(result.customers.count)" + (segments.isEmpty ? "" : " (\(segments))"))
        return lines
    }
}

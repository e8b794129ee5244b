import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align index`: this month's alignment index, its coverage, each component with its weight, value and counts, and the trend.
    public static func alignmentIndex(_ config: AlignConfig, organization: String?, recompute: Bool, byTeam: Bool = false) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let alignment = Alignment(scope: scope)
            if byTeam {
                var page = 1
                while true {
                    let teams = try await alignment.teams(page: page, per: 100)
                    for line in teamLines(teams.items) { print(line) }
                    if page * 100 >= teams.total { return }
                    page += 1
                }
            }
            let snapshot = recompute ? try await alignment.recompute() : try await alignment.current()
            for line in alignmentLines(snapshot, history: try await alignment.history()) { print(line) }
        }
    }

    /// One line a team: its index, how much of the weight it rests on, and its weakest component.
    static func teamLines(_ teams: [Alignment.TeamIndex]) -> [String] {
        teams.map { team in
            let weakest = team.index.components.filter { $0.value != nil }.min { $0.value! < $1.value! }
            return "\(team.team.name): \(team.index.value.map(String.init) ?? "–") (on \(team.index.coverage)% of the weight)"
                + (weakest.map { "; weakest: \($0.measure.label) \(Int($0.value!.rounded()))" } ?? "")
        }
    }

    static func alignmentLines(_ snapshot: Alignment.Snapshot, history: [(month: String, value: Int?)]) -> [String] {
        let index = snapshot.index
        var lines = ["Alignment index \(snapshot.month): \(index.value.map(String.init) ?? "none yet") of 100 (on \(index.coverage)% of the weight)"]
        for component in index.components {
            let value = component.value.map { String(Int($0.rounded())) } ?? "–"
            lines.append("  \(component.measure.area.label) · \(component.measure.label) (weight \(component.measure.weight)): \(value) · \(component.detail)")
        }
        lines.append("By month: " + history.map { "\($0.month) \($0.value.map(String.init) ?? "–")" }.joined(separator: ", "))
        lines.append(AlignmentIndex.formula)
        return lines
    }
}

import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align index`: this month's alignment index, its coverage, each component with its weight, value and counts, and the trend.
    public static func alignmentIndex(_ config: AlignConfig, organization: String?, recompute: Bool, by: String? = nil) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let alignment = Alignment(scope: scope)
            if let by {
                var page = 1
                while true {
                    let total: Int
                    if by == "team" {
                        let teams = try await alignment.teams(page: page, per: 100)
                        for line in scopedLines(teams.items.map { ($0.team.name, $0.index) }) { print(line) }
                        total = teams.total
                    } else {
                        let journeys = try await alignment.journeys(page: page, per: 100)
                        for line in scopedLines(journeys.items.map { ($0.journey.name, $0.index) }) { print(line) }
                        total = journeys.total
                    }
                    if page * 100 >= total { return }
                    page += 1
                }
            }
            let snapshot = recompute ? try await alignment.recompute() : try await alignment.current()
            for line in alignmentLines(snapshot, history: try await alignment.history()) { print(line) }
        }
    }

    /// One line a team or journey: its index, how much of the weight it rests on, and its weakest component.
    static func scopedLines(_ items: [(name: String, index: AlignmentIndex)]) -> [String] {
        items.map { item in
            let weakest = item.index.components.filter { $0.value != nil }.min { $0.value! < $1.value! }
            return "\(item.name): \(item.index.value.map(String.init) ?? "–") (on \(item.index.coverage)% of the weight)"
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

import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align pulse results`: % favourable per team and topic, tab-separated; a withheld group says why and shows no figure.
    public static func pulseResults(_ config: AlignConfig, organization: String?, id: String) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            var found = try await Pulses(scope: scope).results(try pulseID(id))
            for line in resultLines(found.results) { print(line) }
            while found.teams.hasNext {
                found = try await Pulses(scope: scope).results(try pulseID(id), page: found.teams.page + 1)
                for line in resultLines(found.results, header: false) { print(line) }
            }
        }
    }

    /// The results table's lines: a header and the organization (unless `header` is false, for the pages after the first), each team.
    static func resultLines(_ results: PulseResults, header: Bool = true) -> [String] {
        let topics = [PulseTopic.customer, .career, .community, .core, .strategy, .goals].filter { topic in results.items.contains { $0.topic == topic } }
        var lines = header ? [(["team", "answered"] + topics.map(\.rawValue) + ["enps"]).joined(separator: "\t")] : []
        for group in (header ? [results.organization] : []) + results.teams {
            guard !group.suppressed else {
                let why = group.suppression == .complement ? "hidden (would reveal a smaller team)" : "fewer than \(results.threshold) answers"
                lines.append(([group.name, why] + Array(repeating: "", count: topics.count + 1)).joined(separator: "\t"))
                continue
            }
            let scores = topics.map { group.score($0, items: results.items)?.percentFavourable.map { "\(Int($0.rounded()))%" } ?? "" }
            let enps = group.score(.enps, items: results.items)?.netScore.map { String(format: "%+.0f", $0) } ?? ""
            lines.append(([group.name, "\(group.responses ?? 0) of \(group.invited)"] + scores + [enps]).joined(separator: "\t"))
        }
        return lines
    }

    /// `align health`: each team's four experiences, tab-separated: pulse % favourable (or why it is withheld) and the signs past the limits.
    public static func health(_ config: AlignConfig, organization: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            var report = try await Health(scope: scope).report(page: 1, per: Pagination.maxSize)
            var rows = [report.organization] + report.teams.items
            while report.teams.hasNext {
                report = try await Health(scope: scope).report(page: report.teams.page + 1, per: Pagination.maxSize)
                rows += report.teams.items
            }
            print((["team"] + FourC.allCases.map(\.rawValue) + ["signs of misalignment"]).joined(separator: "\t"))
            for health in rows {
                let cells = FourC.allCases.map { experience -> String in
                    let cell = health.cells[experience]!
                    if cell.suppression != nil { return "withheld" }
                    return cell.score?.percentFavourable.map { "\(Int($0.rounded()))%" } ?? "-"
                }
                let signs = FourC.allCases.compactMap { experience in
                    health.cells[experience]!.isMisaligned ? "\(experience.rawValue): \(health.cells[experience]!.breaches.joined(separator: "; "))" : nil
                }
                print(([health.name] + cells + [signs.joined(separator: " | ")]).joined(separator: "\t"))
            }
        }
    }
}

import Domain
import Foundation
import Persistence
import Vapor
import Web

extension AlignRunner {
    /// `align centricity`: one block per competency: target, assessed level and spread, gap, then each evidence check.
    public static func centricity(_ config: AlignConfig, organization: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            for line in centricityLines(try await Centricity(scope: scope).report()) { print(line) }
        }
    }

    static func centricityLines(_ report: Centricity.Report) -> [String] {
        guard !report.rows.isEmpty else {
            return ["No competencies yet: add Align's six on the centricity page or with POST …/centricity/built-in."]
        }
        var lines: [String] = []
        for row in report.rows {
            let gap = row.gap
            let target = row.target.map { "target \($0.level)" } ?? "no target"
            let assessed = gap.current.map { "assessed \(CentricityModel.level($0.median)) (\($0.levels.count) assessors, \($0.lowest)–\($0.highest), \($0.month))" } ?? "not assessed"
            let gapText = gap.gap.map { ", gap \(CentricityModel.level($0))" } ?? ""
            lines.append("\(row.competency.name): \(target), \(assessed)\(gapText)" + (gap.contradictsEvidence ? " — contradicted by the records" : ""))
            for check in gap.checks { lines.append("  \(check.met ? "✓" : "✗") level \(check.level): \(check.description): \(check.figure)") }
        }
        if !report.missingBuiltIn.isEmpty { lines.append("Not in the model: " + report.missingBuiltIn.map(\.name).joined(separator: ", ")) }
        return lines
    }
}

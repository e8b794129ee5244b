import Domain
import Foundation
import Persistence
import Web

/// The sections of an investment's page, from its outlook: the index before and projected after with the assumptions,
/// what it pays for, what it addresses, the conflicts it moves, the teams, load and customers it reaches, and what happened.
struct InvestmentSections {
    let outlook: InvestmentOutlook
    let lookups: Lookups
    let slug: String

    /// The teams of its load rows and KPIs by name, and nothing else.
    static func lookups(_ outlook: InvestmentOutlook, _ scope: OrgScope) async throws -> Lookups {
        let ids = Set(outlook.load.map(\.teamID) + outlook.kpis.values.map(\.teamID))
        return try await Lookups.load([.teams], scope: scope, only: ids)
    }

    var all: [DetailSection] {
        [index, assumptions, paysFor, frictions, blindSpots, conflicts, teams, load, customers] + (outlook.outcome.map { [happened($0)] } ?? [])
    }

    var index: DetailSection {
        let projection = outlook.projection
        let rows: [[Cell]] = [[.text("Alignment index"), .text("100"), figure(projection.before.value), figure(projection.after.value),
                               change(projection.change)]]
            + zip(projection.before.components, projection.after.components).map { before, after in
                [.text(before.measure.label), .text(String(before.measure.weight)), figure(before.value.map { Int($0.rounded()) }),
                 figure(after.value.map { Int($0.rounded()) }), change(before.value.flatMap { b in after.value.map { Int(($0 - b).rounded()) } })]
            }
        return DetailSection(title: "Alignment index: today and projected after it", columns: ["Component", "Weight", "Today", "Projected", "Change"],
                             rows: rows, emptyMessage: "", action: (label: "The index", url: Paths.page(slug, .root)))
    }

    private func figure(_ value: Int?) -> Cell { value.map { .text(String($0)) } ?? .muted("nothing to measure") }

    private func change(_ value: Int?) -> Cell {
        guard let value else { return .muted("—") }
        return value == 0 ? .muted("none") : .badge(value > 0 ? "+\(value)" : String(value), tone: value > 0 ? .good : .bad)
    }

    var assumptions: DetailSection {
        DetailSection(title: "What the projection assumes", columns: ["Assumption"], rows: outlook.projection.assumptions.map { [.prose($0)] },
                      emptyMessage: "")
    }

    var paysFor: DetailSection {
        let changes: [[Cell]] = outlook.changes.map { change in
            [.text("Planned change"), .link(change.title, url: Paths.item(slug, .changes, change.id)), .text(change.status.label),
             .text(PlannedChangesResource.period(change.content))]
        }
        let initiatives: [[Cell]] = outlook.initiatives.map { initiative in
            [.text("Initiative"), .link(initiative.title, url: Paths.item(slug, .initiatives, initiative.id)), .text(initiative.status.label),
             .text("due \(initiative.dueDate)")]
        }
        return DetailSection(title: "What it pays for", columns: ["Kind", "Title", "Status", "When"], rows: changes + initiatives,
                             emptyMessage: "The changes and initiatives it grouped have been deleted.")
    }

    var frictions: DetailSection {
        DetailSection(title: "Friction points it addresses", columns: ["Friction point", "Status", "Confirmed by customers"],
                      rows: outlook.frictions.map { friction in
                          [.link(friction.item.description, url: Paths.item(slug, .frictions, friction.item.id)), .text(friction.item.status.label),
                           friction.evidence.map { .text(counted($0.count, "item")) } ?? .muted("not confirmed")]
                      },
                      emptyMessage: "Its initiatives name no friction point.")
    }

    var blindSpots: DetailSection {
        DetailSection(title: "Blind spots it answers", columns: ["Theme", "Items no confirmed friction explains"],
                      rows: outlook.blindSpots.map { spot in
                          [.link(spot.theme, url: Paths.list(slug, .feedback, query: ["theme": spot.theme])),
                           spot.evidence.map { .text(counted($0.count, "item")) } ?? .muted("not a blind spot today")]
                      },
                      emptyMessage: "It names no blind spot.", action: (label: "Legitimize", url: Paths.page(slug, .legitimize)))
    }

    var conflicts: DetailSection {
        let rows = outlook.conflictsRemoved.map { conflictRow($0, .badge("Removed", tone: .good)) }
            + outlook.conflictsCreated.map { conflictRow($0, .badge("Created", tone: .bad)) }
        let rewards = outlook.investment.kpiRewards.compactMap { reward in
            outlook.kpis[reward.kpiID].map { "“\($0.name)” \(InvestmentsResource.rewardLabel(reward.rewarded))" }
        }
        return DetailSection(title: "KPI conflicts it creates or removes", columns: ["Effect", "Conflict", "KPIs"], rows: rows,
                             emptyMessage: rewards.isEmpty ? "It changes no KPI's reward, so the KPI conflicts stay as they are."
                                 : "Rewarding \(rewards.joined(separator: ", ")) neither creates nor removes a conflict.",
                             action: (label: "KPI conflicts", url: Paths.page(slug, .metricConflicts)))
    }

    private func conflictRow(_ line: Metrics.ConflictLine, _ effect: Cell) -> [Cell] {
        [effect, .link(line.text, url: Paths.item(slug, .outcomes, line.outcomeID)),
         .group(line.kpiIDs.map { id in .link(outlook.kpis[id]?.name ?? "a KPI", url: Paths.item(slug, .kpis, id)) })]
    }
}

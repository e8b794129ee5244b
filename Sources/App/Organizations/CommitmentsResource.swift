import Domain
import Foundation
import Persistence
import Web

/// Charter commitments: what each team will do in its daily work to bring the strategy goals to life.
struct CommitmentsResource: Resource {
    typealias Rules = CommitmentRules
    static let singular = "commitment", plural = "Charter commitments"
    static let emptyMessage = "No commitments yet. Each team writes what it will do in its daily work to bring named goals to life, e.g. “We call back within the slot we offered.”"
    static let needs: Set<Lookups.Need> = [.teams, .goals, .journeys, .stages, .touchpoints, .handoffs, .processes, .kpis]
    static let columns = ["Commitment", "Team", "Goals it serves", "What customers meet"]

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Strategy wall", Paths.page(slug, .strategyWall)), ("Charter gaps", Paths.page(slug, .charterGaps))]
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.text.count > 80 ? String(item.text.prefix(77)) + "…" : item.text }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("team_id", "Team", .select(lookups.teamOptions, blank: "Choose the team"), required: true),
         FormField("text", "What we will do", .textarea(rows: 3), hint: "In the team's daily work, e.g. “We call back within the slot we offered.”", required: true),
         FormField("goal_ids", "Goals it serves", .checkboxes(lookups.goals.map { .init($0.id.uuidString, $0.title) }), required: true),
         FormField("touchpoint_ids", "Touchpoints it concerns", .checkboxes(lookups.touchpointOptions)),
         FormField("handoff_ids", "Handoffs it concerns", .checkboxes(lookups.handoffs.map { .init($0.id.uuidString, lookups.handoffLabel($0)) })),
         FormField("process_ids", "Processes and policies it concerns", .checkboxes(lookups.processes.map { .init($0.id.uuidString, "\($0.kind.label): \($0.name)") })),
         FormField("measure", "How we measure it", .textarea(rows: 2), hint: "e.g. Callbacks made within the offered slot, weekly"),
         FormField("kpi_id", "Measured by KPI", .select(lookups.kpiOptions, blank: "No KPI"), hint: "Where one of the teams' KPIs measures it."),
         FormField.choice("status", "Kept?", CommitmentStatus.self, hint: "As the charter's last review found; the share kept counts towards the team's Core health.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("goal_id", "Goal", options: lookups.goals.map { .init($0.id.uuidString, $0.title) }, selected: current["goal_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)),
         .link(lookups.team(item.teamID) ?? "", url: Paths.item(slug, .teams, item.teamID)),
         .text(goalNames(item, lookups)), reach(item)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Team", .link(lookups.team(item.teamID) ?? "", url: Paths.item(slug, .teams, item.teamID))),
         Fact("What we will do", .text(item.text)),
         Fact("Goals it serves", .text(goalNames(item, lookups))),
         Fact("Touchpoints", names(item.touchpointIDs.compactMap { lookups.touchpoint($0)?.name })),
         Fact("Handoffs", names(item.handoffIDs.compactMap { id in lookups.handoffs.first { $0.id == id }.map(lookups.handoffLabel) })),
         Fact("Processes and policies", names(item.processIDs.compactMap { id in lookups.processes.first { $0.id == id }?.name })),
         Fact("How we measure it", item.measure.isEmpty ? .muted("not stated") : .text(item.measure)),
         Fact("Measured by KPI", item.kpiID.map { id in .link(lookups.kpi(id)?.name ?? "KPI", url: Paths.item(slug, .kpis, id)) } ?? .muted("none")),
         Fact("Kept?", .text(item.status.label))]
    }

    static func goalNames(_ item: Item, _ lookups: Lookups) -> String {
        item.goalIDs.compactMap { id in lookups.goals.first { $0.id == id }?.title }.joined(separator: "; ")
    }

    /// How much of what customers meet it concerns, or that it concerns none of it: a gap in the charter.
    static func reach(_ item: Item) -> Cell {
        let count = item.touchpointIDs.count + item.handoffIDs.count + item.processIDs.count
        return count == 0 ? .muted("nothing a customer meets") : .text("\(count) touchpoint\(count == 1 ? "" : "s"), handoffs or processes")
    }

    static func names(_ list: [String]) -> Cell { list.isEmpty ? .muted("none") : .text(list.joined(separator: "; ")) }
}

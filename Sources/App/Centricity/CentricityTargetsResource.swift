import Domain
import Foundation
import Persistence
import Web

/// The level the organization chose per competency, why, and what is meant to close the gap.
struct CentricityTargetsResource: Resource {
    typealias Rules = CentricityTargetRules
    static let singular = "target level", plural = "Centricity targets"
    static let navSection = "centricity"
    static let emptyMessage = "No target levels chosen yet. For each competency, choose how customer-centric the organization needs to be, and say why."
    static let needs: Set<Lookups.Need> = [.competencies, .teams, .initiatives, .kpis, .commitments]
    static let columns = ["Competency", "Target level", "Why this level"]

    static func listActions(slug: String) -> [(label: String, url: String)] { [("Centricity", Paths.page(slug, .centricity))] }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.page(slug, .centricity) + "#competency-\(item.competencyID.uuidString.lowercased())" }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.competency(item.competencyID)?.name ?? "Competency"): level \(item.level)"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("competency_id", "Competency", .select(lookups.competencyOptions, blank: "Choose the competency"), required: true),
         FormField("level", "Target level", .select((1...Competency.levelCount).map { FormField.Option(String($0), String($0)) }, blank: "Choose a level"),
                   hint: "How customer-centric the organization needs to be here; higher is not always better.", required: true),
         FormField("reason", "Why this level", .textarea(rows: 3), required: true),
         FormField("initiative_ids", "Initiatives that close the gap", .checkboxes(lookups.initiativeOptions)),
         FormField("kpi_ids", "KPIs that measure it", .checkboxes(lookups.kpiOptions)),
         FormField("commitment_ids", "Charter commitments that serve it", .checkboxes(lookups.commitmentOptions))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("competency_id", "Competency", options: lookups.competencyOptions, selected: current["competency_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.competency(item.competencyID)?.name ?? "", url: Paths.item(slug, kind, item.id)), .text(String(item.level)), .text(item.reason)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        let competency = lookups.competency(item.competencyID)
        return [Fact("Competency", .link(competency?.name ?? "", url: Paths.item(slug, .competencies, item.competencyID))),
                Fact("Target level", .text("\(item.level)" + (competency.map { ": \($0.levels[item.level - 1])" } ?? ""))),
                Fact("Why this level", .text(item.reason))]
            + closing(item.content, lookups, slug: slug).map { Fact($0.kind, .link($0.item.name, url: $0.item.url)) }
    }

    /// What the target links to, each named and linked, in the order initiatives, KPIs, commitments.
    static func closing(_ target: CentricityTarget, _ lookups: Lookups, slug: String) -> [(kind: String, item: CentricityModel.Linked)] {
        target.initiativeIDs.map { ("Initiative", .init(lookups.initiative($0)?.title ?? "Initiative", Paths.item(slug, .initiatives, $0))) }
            + target.kpiIDs.map { ("KPI", .init(lookups.kpi($0)?.name ?? "KPI", Paths.item(slug, .kpis, $0))) }
            + target.commitmentIDs.map { id in
                ("Charter commitment", .init(lookups.commitments.first { $0.id == id }?.text ?? "Commitment", Paths.item(slug, .commitments, id)))
            }
    }
}

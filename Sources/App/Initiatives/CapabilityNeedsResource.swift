import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Grow: the skills, tools and training a team needs, or guidance customers need, for an initiative to work.
struct CapabilityNeedsResource: Resource {
    typealias Rules = CapabilityNeedRules
    static let singular = "capability need", plural = "Capability needs"
    static let navSection = "initiatives"
    static let emptyMessage = "No capability needs yet. For each initiative, ask what each team must learn or get, and what customers will need to know."
    static let needs: Set<Lookups.Need> = [.teams, .initiatives]
    static let columns = ["Need", "Kind", "Team", "Initiative", "Due", "Status"]

    static var defaults: FormInput { FormInput(single: ["status": CapabilityStatus.open.rawValue, "kind": CapabilityKind.training.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        item.description.count > 80 ? String(item.description.prefix(77)) + "…" : item.description
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("initiative_id", "Initiative", .select(lookups.initiativeOptions, blank: "Choose an initiative"), required: true),
         .choice("kind", "Kind", CapabilityKind.self),
         FormField("description", "What is needed", .textarea(rows: 3), hint: "E.g. “Billing agents can issue a same-day callback”.", required: true),
         FormField("team_id", "Team", .select(lookups.teamOptions, blank: "No team (customer guidance only)")),
         FormField("due_date", "Due date", .date, hint: "YYYY-MM-DD", required: true),
         .choice("status", "Status", CapabilityStatus.self)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("initiative_id", "Initiative", options: lookups.initiativeOptions, selected: current["initiative_id"]),
         FilterControl("kind", "Kind", options: option(CapabilityKind.self), selected: current["kind"]),
         FilterControl("status", "Status", options: [.init("open", "Not done")] + option(CapabilityStatus.self), selected: current["status"])]
    }

    static func statusBadge(_ item: Item) -> Cell {
        if item.isOpen && item.dueDate < .today { return .badge("Overdue", tone: .bad) }
        return .badge(item.status.label, tone: item.status == .done ? .good : item.status == .open ? .warn : .neutral)
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)), .text(item.kind.label),
         item.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID)),
         .text(item.dueDate.description), statusBadge(item)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("What is needed", .text(item.description)), Fact("Kind", .text(item.kind.label)),
         Fact("Team", item.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("No team")),
         Fact("Initiative", .link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID))),
         Fact("Due", .text(item.dueDate.description)), Fact("Status", statusBadge(item))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .initiatives, item.initiativeID) }
}

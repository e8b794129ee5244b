import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The concrete changes an initiative makes to processes, policies and handoffs: today versus tomorrow.
struct InitiativeChangesResource: Resource {
    typealias Rules = InitiativeChangeRules
    static let singular = "planned change", plural = "Planned changes"
    static let navSection = "initiatives"
    static let emptyMessage = "No changes planned yet. Open an initiative and say what each process, policy or handoff does today and will do tomorrow."
    static let needs: Set<Lookups.Need> = [.teams, .people, .touchpoints, .stages, .journeys, .handoffs, .processes, .initiatives]
    static let columns = ["Initiative", "Changes", "Today", "Tomorrow", "Applied"]

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(target(item.target, lookups)) · \(lookups.initiative(item.initiativeID)?.title ?? "initiative")"
    }

    static func target(_ target: ChangeTarget, _ lookups: Lookups) -> String {
        switch target {
        case .process(let id): lookups.process(id) ?? "Process"
        case .handoff(let id): lookups.handoffs.first { $0.id == id }.map { "Handoff " + lookups.handoffLabel($0) } ?? "Handoff"
        }
    }

    static func targetURL(_ target: ChangeTarget, slug: String) -> String {
        switch target {
        case .process(let id): Paths.item(slug, .processes, id)
        case .handoff(let id): Paths.item(slug, .handoffs, id)
        }
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("initiative_id", "Initiative", .select(lookups.initiativeOptions, blank: "Choose an initiative"), required: true),
         FormField("target", "What changes", .select(lookups.processes.map { .init("process:\($0.id.uuidString)", $0.name, group: "Processes & policies") }
            + lookups.handoffs.map { .init("handoff:\($0.id.uuidString)", lookups.handoffLabel($0), group: "Handoffs") },
            blank: "Choose a process, policy or handoff"), required: true),
         FormField("today", "Today: what is done now", .textarea(rows: 4), hint: "Leave blank to use its current text."),
         FormField("tomorrow", "Tomorrow: what will be done", .textarea(rows: 4),
                   hint: "Becomes the process's description (or the handoff's text) when the initiative is done.", required: true),
         FormField("new_accountable_team_id", "New accountable team (handoffs only)", .select(lookups.teamOptions, blank: "No change")),
         FormField("new_accountable_person_id", "New accountable person (handoffs only)", .select(lookups.personOptions, blank: "No change"))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("initiative_id", "Initiative", options: lookups.initiativeOptions, selected: current["initiative_id"]),
         FilterControl("applied", "Applied", options: [.init("yes", "Applied"), .init("no", "Not yet")], selected: current["applied"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID)),
         .link(target(item.target, lookups), url: targetURL(item.target, slug: slug)),
         item.today.isEmpty ? .muted("current text") : .text(String(item.today.prefix(140))), .text(String(item.tomorrow.prefix(140))),
         item.appliedOn.map { .badge("Applied \($0)", tone: .good) } ?? .muted("Not yet")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Initiative", .link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID))),
         Fact("What changes", .link(target(item.target, lookups), url: targetURL(item.target, slug: slug))),
         Fact("Today", item.today.isEmpty ? .muted("Its current text, recorded when applied") : .text(item.today)),
         Fact("Tomorrow", .text(item.tomorrow)),
         Fact("New accountable owner", item.changesOwner ? .text(lookups.owner(team: item.newAccountableTeamID, person: item.newAccountablePersonID))
              : .muted("No change")),
         Fact("Applied", item.appliedOn.map { .text($0.description) } ?? .muted("When the initiative is done"))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .initiatives, item.initiativeID) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.item(slug, .initiatives, item.initiativeID) }
}

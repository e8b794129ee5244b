import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Integrate: initiatives that change processes, policies and handoffs to remove what customers confirmed.
struct InitiativesResource: Resource {
    typealias Rules = InitiativeRules
    static let singular = "initiative", plural = "Initiatives"
    static let emptyMessage = "No initiatives yet. Start from a confirmed friction on the Legitimize page: name the change, its owner and a date."
    static let needs: Set<Lookups.Need> = [.teams, .people, .frictions, .themes]
    static let columns = ["Initiative", "Status", "Owner", "Due", "Frictions"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    /// A link may name several frictions in one `friction_ids` value, comma-separated (the conflicts page does).
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput {
        guard let frictions = values.fields["friction_ids"], frictions.count == 1, frictions[0].contains(",") else { return values }
        var values = values
        values.fields["friction_ids"] = frictions[0].split(separator: ",").map(String.init)
        return values
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", hint: "The change in a few words, e.g. “One owner for leak call-backs”.", required: true),
         FormField("description", "Description", .textarea(rows: 4), hint: "What changes for customers, and why it matters to them."),
         FormField("owner_team_id", "Owner team", .select(lookups.teamOptions, blank: "No team"), hint: "A team, a person, or both."),
         FormField("owner_person_id", "Owner person", .select(lookups.personOptions, blank: "No person")),
         FormField("due_date", "Due date", .date, hint: "YYYY-MM-DD", required: true),
         FormField("friction_ids", "Frictions it addresses", .checkboxes(frictionOptions(lookups)),
                   hint: "Frictions customers confirmed come first."),
         FormField("themes", "Feedback themes it answers", .checkboxes(lookups.themeOptions))]
    }

    static func frictionOptions(_ lookups: Lookups) -> [FormField.Option] {
        lookups.frictions.sorted { ($0.status == .open ? 0 : 1, -$0.severity) < ($1.status == .open ? 0 : 1, -$1.severity) }
            .map { .init($0.id.uuidString, "\($0.description.prefix(90)) (severity \($0.severity))", group: $0.status.label) }
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("status", "Status", options: [.init("open", "Not yet done")] + option(InitiativeStatus.self), selected: current["status"]),
         FilterControl("team_id", "Owner team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("person_id", "Owner person", options: lookups.personOptions, selected: current["person_id"]),
         FilterControl("when", "Due", options: [.init("overdue", "Overdue")], selected: current["when"])]
    }

    static func statusBadge(_ status: InitiativeStatus) -> Cell {
        .badge(status.label, tone: status == .verified ? .good : status == .done ? .good : status == .proposed ? .neutral : .warn)
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)), statusBadge(item.status),
         .text(lookups.owner(team: item.ownerTeamID, person: item.ownerPersonID)),
         item.content.isOverdue(today: .today) ? .group([.text(item.dueDate.description), .badge("Overdue", tone: .bad)]) : .text(item.dueDate.description),
         .text("\(item.frictionIDs.count)")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Status", statusBadge(item.status)), Fact("Owner", .text(lookups.owner(team: item.ownerTeamID, person: item.ownerPersonID))),
         Fact("Due", .text(item.dueDate.description)), Fact("Description", item.description.isEmpty ? .muted("—") : .text(item.description))]
    }

    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response? {
        try await InitiativePageController.show(item.id, ctx, req)
    }

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Board", Paths.page(slug, .board)), ("My initiatives", Paths.page(slug, .myInitiatives))]
    }
}

import Domain
import Foundation
import Persistence
import Web

/// Escalations between teams: a Community signal for both.
struct EscalationsResource: Resource {
    typealias Rules = EscalationRules
    static let singular = "escalation", plural = "Escalations"
    static let navSection = "health"
    static let emptyMessage = "No escalations recorded. Record one when a team passes a problem to another because it could not be solved where it arose."
    static let needs: Set<Lookups.Need> = [.teams]
    static let columns = ["Date", "From team", "To team", "What it was about"]

    static var defaults: FormInput { .from([("date", CalendarDate.today.description)]) }

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Import escalations", Paths.page(slug, .escalationsImport)), ("4C health", Paths.page(slug, .health))]
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.team(item.fromTeamID) ?? "") → \(lookups.team(item.toTeamID) ?? ""), \(item.date)"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("from_team_id", "From team", .select(lookups.teamOptions, blank: "Choose the team that escalated"), required: true),
         FormField("to_team_id", "To team", .select(lookups.teamOptions, blank: "Choose the team it went to"), required: true),
         FormField("date", "Date", .date, required: true),
         FormField("reason", "What it was about", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Team (from or to)", options: lookups.teamOptions, selected: current["team_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.date.description, url: Paths.item(slug, kind, item.id)),
         .link(lookups.team(item.fromTeamID) ?? "", url: Paths.item(slug, .teams, item.fromTeamID)),
         .link(lookups.team(item.toTeamID) ?? "", url: Paths.item(slug, .teams, item.toTeamID)), .text(item.reason)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("From team", .link(lookups.team(item.fromTeamID) ?? "", url: Paths.item(slug, .teams, item.fromTeamID))),
         Fact("To team", .link(lookups.team(item.toTeamID) ?? "", url: Paths.item(slug, .teams, item.toTeamID))),
         Fact("Date", .text(item.date.description)), Fact("What it was about", item.reason.isEmpty ? .muted("not written") : .text(item.reason))]
    }
}

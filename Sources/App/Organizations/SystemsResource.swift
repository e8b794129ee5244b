import Domain
import Foundation
import Persistence
import Web

/// Systems behind touchpoints: what a planned change to billing, scheduling or the phone platform reaches.
struct SystemsResource: Resource {
    typealias Rules = SystemRules
    static let singular = "system", plural = "Systems"
    static let emptyMessage = "No systems yet. Record the systems behind your busiest touchpoints first (billing, scheduling, the phone platform)."
    /// The list names owner teams and offers journeys to filter by; only the form offers every touchpoint.
    static let needs: Set<Lookups.Need> = [.teams, .journeys]
    static let formNeeds: Set<Lookups.Need> = [.teams, .journeys, .stages, .touchpoints]
    static let columns = ["Name", "Owner team", "Touchpoints"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", required: true),
         FormField("owner_team_id", "Owner team", .select(lookups.teamOptions, blank: "No owner team")),
         FormField("description", "Description", .textarea(rows: 3), hint: "What it does, and what customers see of it."),
         FormField("touchpoint_ids", "Touchpoints it stands behind", .checkboxes(lookups.touchpointOptions))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Owner team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)),
         item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .text("\(item.touchpointIDs.count)")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Owner team", item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("No owner team")),
         Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        [
            // The list leaves touchpoints out of its lookups; one system's page reads only its own, with their stages and journeys.
            ProcessesResource.touchpointsBehind(item.touchpointIDs, try await Lookups.load(formNeeds, ctx, only: Set(item.touchpointIDs)), slug: ctx.slug),
            try await RevisionHistory.section(kind: .systems, id: item.id, ctx),
        ]
    }
}

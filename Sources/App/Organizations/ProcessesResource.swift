import Domain
import Foundation
import Persistence
import Web

struct ProcessesResource: Resource {
    typealias Rules = ProcessRules
    static let singular = "process or policy", plural = "Processes & policies"
    static let emptyMessage = "No processes, policies or practices yet. Record the ones behind your busiest touchpoints first."
    static let needs: Set<Lookups.Need> = [.teams, .journeys, .stages, .touchpoints]
    static let columns = ["Name", "Kind", "Owner team", "Touchpoints", "Last reviewed"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [.choice("kind", "Kind", ProcessKind.self),
         FormField("name", "Name", required: true),
         FormField("owner_team_id", "Owner team", .select(lookups.teamOptions, blank: "No owner team")),
         FormField("description", "Description", .textarea(rows: 3)),
         FormField("steps", "Documented steps", .textarea(rows: 6), hint: "One step per line, in order."),
         FormField("last_reviewed", "Last reviewed", .date, hint: "YYYY-MM-DD"),
         FormField("touchpoint_ids", "Touchpoints it stands behind", .checkboxes(lookups.touchpointOptions))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("kind", "Kind", options: option(ProcessKind.self), selected: current["kind"]),
         FilterControl("team_id", "Owner team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), .text(item.kind.label),
         item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .text("\(item.touchpointIDs.count)"), item.lastReviewed.map { .text($0.description) } ?? .muted("never")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Kind", .text(item.kind.label)),
         Fact("Owner team", item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("No owner team")),
         Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description)),
         Fact("Documented steps", .lines(item.steps)),
         Fact("Last reviewed", item.lastReviewed.map { .text($0.description) } ?? .muted("never"))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let slug = ctx.slug
        let frictions = try await ctx.records(FrictionsResource.self).all(filters: ListFilters(["process_id": item.id.uuidString]))
        return [
            touchpointsBehind(item.touchpointIDs, lookups, slug: slug),
            DetailSection(title: "Frictions", columns: ["Friction", "Severity", "Status"],
                          rows: frictions.map { [.link($0.description, url: Paths.item(slug, .frictions, $0.id)),
                                                 .text("\($0.severity)"), .text($0.status.label)] },
                          emptyMessage: "No friction recorded on this process or policy.",
                          action: ("Record friction", Paths.new(slug, .frictions, query: ["target": "process:\(item.id.uuidString)"]))),
            try await RevisionHistory.section(kind: .processes, id: item.id, ctx),
        ]
    }

    /// The touchpoints a process, policy or system stands behind, each linked to its place on the journey map.
    static func touchpointsBehind(_ ids: [UUID], _ lookups: Lookups, slug: String) -> DetailSection {
        DetailSection(title: "Touchpoints it stands behind", columns: ["Touchpoint"],
                      rows: ids.map { id in
                          let journey = lookups.stage(lookups.touchpoint(id)?.stageID)?.journeyID
                          return [journey.map { .link(lookups.touchpointPath(id), url: Paths.journeyMap(slug, $0, touchpoint: id)) }
                                  ?? .muted("Unknown touchpoint")]
                      },
                      emptyMessage: "Not linked to any touchpoint. Edit it to choose the touchpoints it stands behind.")
    }
}

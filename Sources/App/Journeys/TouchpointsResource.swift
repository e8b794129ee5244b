import Domain
import Persistence
import Vapor
import Web

struct TouchpointsResource: Resource {
    typealias Rules = TouchpointRules
    static let singular = "touchpoint", plural = "Touchpoints"
    static let emptyMessage = "No touchpoints yet. Open a journey, add its stages, then the touchpoints where customers meet you."
    static let needs: Set<Lookups.Need> = [.teams, .journeys, .stages]
    static let columns = ["Touchpoint", "Journey › stage", "Channel", "Owning team", "Wait"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("stage_id", "Stage", .select(lookups.stageOptions, blank: "Choose a stage"), required: true),
         FormField("name", "Name", required: true),
         .choice("channel", "Channel", Domain.Channel.self),
         FormField("owning_team_id", "Owning team", .select(lookups.teamOptions, blank: "Choose a team"), required: true),
         FormField("expected_wait_minutes", "Expected wait (minutes)", .number, hint: "How long the customer usually waits here"),
         FormField("effort_minutes", "Customer effort (minutes)", .number, hint: "How long the customer spends doing what is asked"),
         FormField("description", "Description", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"]),
         FilterControl("team_id", "Owning team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("channel", "Channel", options: option(Domain.Channel.self), selected: current["channel"])]
    }

    static func stagePath(_ item: Item, _ lookups: Lookups) -> String {
        let stage = lookups.stage(item.stageID)
        return [lookups.journey(stage?.journeyID), stage?.name].compactMap { $0 }.joined(separator: " › ")
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        let journeyID = lookups.stage(item.stageID)?.journeyID
        return [.link(item.name, url: Paths.item(slug, kind, item.id)),
                journeyID.map { .link(stagePath(item, lookups), url: Paths.journeyMap(slug, $0, touchpoint: item.id)) } ?? .muted("—"),
                .text(item.channel.label), .link(lookups.team(item.owningTeamID) ?? "—", url: Paths.item(slug, .teams, item.owningTeamID)),
                item.expectedWaitMinutes.map { .text(Duration.minutes($0)) } ?? .muted("—")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        let journeyID = lookups.stage(item.stageID)?.journeyID
        return [Fact("On the map", journeyID.map { .link(stagePath(item, lookups), url: Paths.journeyMap(slug, $0, touchpoint: item.id)) } ?? .muted("—")),
                Fact("Channel", .text(item.channel.label)),
                Fact("Owning team", .link(lookups.team(item.owningTeamID) ?? "—", url: Paths.item(slug, .teams, item.owningTeamID))),
                Fact("Expected wait", item.expectedWaitMinutes.map { .text(Duration.minutes($0)) } ?? .muted("not recorded")),
                Fact("Customer effort", item.effortMinutes.map { .text(Duration.minutes($0)) } ?? .muted("not recorded")),
                Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let frictions = try await ctx.records(FrictionsResource.self).all(filters: ListFilters(["touchpoint_id": item.id.uuidString]))
        return [DetailSection(title: "Frictions", columns: ["Friction", "Kind", "Severity", "Status"],
                              rows: frictions.map { [.link($0.description, url: Paths.item(ctx.slug, .frictions, $0.id)),
                                                     .text($0.kind.label), .text("\($0.severity)"), .text($0.status.label)] },
                              emptyMessage: "No friction recorded on this touchpoint.",
                              action: ("Record friction", Paths.new(ctx.slug, .frictions, query: ["target": "touchpoint:\(item.id.uuidString)"])))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, kind, item.id) }

}

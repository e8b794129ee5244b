import Domain
import Persistence
import Vapor
import Web

struct TeamsResource: Resource {
    typealias Rules = TeamRules
    static let singular = "team", plural = "Teams"
    static let emptyMessage = "No teams yet. Add the teams that meet customers or work behind them, starting with the contact centre."
    static let needs: Set<Lookups.Need> = [.teams]
    static let columns = ["Name", "Function", "Part of"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", required: true),
         .choice("function", "Function", TeamFunction.self),
         FormField("parent_team_id", "Part of (parent team)", .select(lookups.teamOptions, blank: "No parent team"),
                   hint: "Leave empty for a top-level team.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("function", "Function", options: option(TeamFunction.self), selected: current["function"]),
         FilterControl("parent_team_id", "Part of", options: lookups.teamOptions, selected: current["parent_team_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), .text(item.function.label),
         item.parentTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, kind, $0)) } ?? .muted("—")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Charter", .link("Its commitments, review and approval", url: Paths.page(slug, .teamCharter(.value(item.id), .show)))),
         Fact("This month", .link("Its one-pager: changes, customers, commitments, KPIs", url: Paths.page(slug, .teamOnePager(.value(item.id))))),
         Fact("Function", .text(item.function.label)),
         Fact("Part of", item.parentTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, kind, $0)) } ?? .muted("Top-level team"))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let filter = ListFilters(["team_id": item.id.uuidString])
        let touchpoints = try await ctx.records(TouchpointsResource.self).all(filters: filter)
        let people = try await ctx.records(PeopleResource.self).all(filters: filter)
        let processes = try await ctx.records(ProcessesResource.self).all(filters: filter)
        let slug = ctx.slug
        return [
            DetailSection(title: "Touchpoints it owns", columns: ["Touchpoint", "Channel"],
                          rows: touchpoints.map { [.link($0.name, url: Paths.item(slug, .touchpoints, $0.id)), .text($0.channel.label)] },
                          emptyMessage: "This team owns no touchpoints."),
            DetailSection(title: "People", columns: ["Name", "Job title"],
                          rows: people.map { [.link($0.name, url: Paths.item(slug, .people, $0.id)), .text($0.jobTitle)] },
                          emptyMessage: "Nobody is recorded in this team yet.",
                          action: ("Add a person", Paths.new(slug, .people, query: ["team_id": item.id.uuidString]))),
            DetailSection(title: "Processes and policies it owns", columns: ["Name", "Kind"],
                          rows: processes.map { [.link($0.name, url: Paths.item(slug, .processes, $0.id)), .text($0.kind.label)] },
                          emptyMessage: "This team owns no processes or policies."),
            DetailSection(title: "Open frictions on its work", columns: ["Friction", "Severity"],
                          rows: try await ctx.records(FrictionsResource.self).all(filters: ListFilters(["team_id": item.id.uuidString, "status": "open"]))
                            .map { [.link($0.description, url: Paths.item(slug, .frictions, $0.id)), .text("\($0.severity)")] },
                          emptyMessage: "No open friction on this team's touchpoints, handoffs or processes."),
            try await capabilitySection(item, ctx),
            DetailSection(title: "Initiatives it owns", columns: ["Initiative", "Status", "Due"],
                          rows: try await ctx.records(InitiativesResource.self).all(filters: filter).map {
                              [.link($0.title, url: Paths.item(slug, .initiatives, $0.id)), InitiativesResource.statusBadge($0.status), .text($0.dueDate.description)]
                          },
                          emptyMessage: "This team owns no initiatives."),
        ]
    }

    /// Grow: what the team must learn or get, and by when, soonest first.
    static func capabilitySection(_ item: Item, _ ctx: OrgContext) async throws -> DetailSection {
        let needs = try await ctx.records(CapabilityNeedsResource.self).all(filters: ListFilters(["team_id": item.id.uuidString, "status": "open"]))
        let initiatives = try await Lookups.load([.initiatives], ctx)
        return DetailSection(title: "What it must learn, and by when", columns: ["Need", "Kind", "For the initiative", "Due", "Status"],
                             rows: needs.map { need in
                                 [.link(CapabilityNeedsResource.title(need, initiatives), url: Paths.item(ctx.slug, .capabilityNeeds, need.id)),
                                  .text(need.kind.label),
                                  .link(initiatives.initiative(need.initiativeID)?.title ?? "—", url: Paths.item(ctx.slug, .initiatives, need.initiativeID)),
                                  .text(need.dueDate.description), CapabilityNeedsResource.statusBadge(need)]
                             },
                             emptyMessage: "Nothing open: no initiative needs this team to learn or get anything now.")
    }

}

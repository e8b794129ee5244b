import Domain
import Foundation
import Persistence
import Web

struct HandoffsResource: Resource {
    typealias Rules = HandoffRules
    static let singular = "handoff", plural = "Handoffs"
    static let emptyMessage = "No handoffs yet. Add one wherever work passes from one team to another, and name who is accountable for it."
    static let needs: Set<Lookups.Need> = [.teams, .people, .journeys, .stages, .touchpoints]
    static let columns = ["From → to", "Journey", "Accountable", "Information passed on", "Flags"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { lookups.handoffLabel(item) }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("from_touchpoint_id", "From touchpoint", .select(lookups.touchpointOptions, blank: "Choose a touchpoint"), required: true),
         FormField("to_touchpoint_id", "To touchpoint", .select(lookups.touchpointOptions, blank: "Choose a touchpoint"), required: true),
         FormField("accountable_team_id", "Accountable team", .select(lookups.teamOptions, blank: "No team"),
                   hint: "One accountable owner: a team or a person. Leave both empty to record the handoff as unowned."),
         FormField("accountable_person_id", "Accountable person", .select(lookups.personOptions, blank: "No person")),
         FormField("information", "Information passed on", .textarea(rows: 3)),
         FormField("customer_repeats", "The customer has to repeat information here", .checkbox)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"]),
         FilterControl("team_id", "Accountable team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("owner", "Ownership", options: [.init("none", "Unowned"), .init("owned", "Owned")], selected: current["owner"]),
         FilterControl("repeats", "Customer repeats information", options: [.init("yes", "Yes")], selected: current["repeats"])]
    }

    static func owner(_ item: Item, _ lookups: Lookups, slug: String) -> Cell {
        if let team = item.accountableTeamID { return .link(lookups.team(team) ?? "—", url: Paths.item(slug, .teams, team)) }
        if let person = item.accountablePersonID { return .link(lookups.person(person) ?? "—", url: Paths.item(slug, .people, person)) }
        return .badge("Unowned handoff", tone: .bad)
    }

    static func flags(_ item: Item) -> Cell {
        item.customerRepeats ? .badge("Customer repeats information", tone: .warn) : .muted("—")
    }

    static func journeyID(_ item: Item, _ lookups: Lookups) -> UUID? {
        lookups.stage(lookups.touchpoint(item.fromTouchpointID)?.stageID)?.journeyID
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        let journey = journeyID(item, lookups)
        return [.link(lookups.handoffLabel(item), url: Paths.item(slug, kind, item.id)),
                journey.map { .link(lookups.journey($0) ?? "—", url: Paths.journeyMap(slug, $0)) } ?? .muted("—"),
                owner(item, lookups, slug: slug), .text(item.information), flags(item)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        let journey = journeyID(item, lookups)
        return [Fact("From", journey.map { .link(lookups.touchpointPath(item.fromTouchpointID),
                                                 url: Paths.journeyMap(slug, $0, touchpoint: item.fromTouchpointID)) } ?? .muted("—")),
                Fact("To", .link(lookups.touchpointPath(item.toTouchpointID), url: Paths.item(slug, .touchpoints, item.toTouchpointID))),
                Fact("Accountable", owner(item, lookups, slug: slug)),
                Fact("Information passed on", item.information.isEmpty ? .muted("not described") : .text(item.information)),
                Fact("Customer repeats information", item.customerRepeats ? .badge("Yes", tone: .warn) : .text("No"))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let frictions = try await ctx.records(FrictionsResource.self).all(filters: ListFilters(["handoff_id": item.id.uuidString]))
        return [DetailSection(title: "Frictions", columns: ["Friction", "Kind", "Severity", "Status"],
                              rows: frictions.map { [.link($0.description, url: Paths.item(ctx.slug, .frictions, $0.id)),
                                                     .text($0.kind.label), .text("\($0.severity)"), .text($0.status.label)] },
                              emptyMessage: "No friction recorded on this handoff.",
                              action: ("Record friction", Paths.new(ctx.slug, .frictions, query: ["target": "handoff:\(item.id.uuidString)"]))),
                try await RevisionHistory.section(kind: .handoffs, id: item.id, ctx)]
    }

}

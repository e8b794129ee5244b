import Domain
import Foundation
import Persistence
import Web

struct FrictionsResource: Resource {
    typealias Rules = FrictionRules
    static let singular = "friction point", plural = "Friction points"
    static let emptyMessage = "No friction recorded yet. Walk a journey as a customer would and note every wait, repeat and dead end."
    static let needs: Set<Lookups.Need> = [.teams, .people, .journeys, .stages, .touchpoints, .handoffs, .processes, .walks]
    static let columns = ["Friction", "Attached to", "Kind", "Severity", "Source", "Status"]

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Import TheyDo insights", Paths.page(slug, .insightImport))]
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        item.description.count > 80 ? String(item.description.prefix(77)) + "…" : item.description
    }

    static var defaults: FormInput {
        FormInput(single: ["severity": "3", "status": FrictionStatus.open.rawValue, "source": FrictionSource.internalWalk.rawValue])
    }

    static func targetOptions(_ lookups: Lookups) -> [FormField.Option] {
        lookups.touchpointOptions.map { .init("touchpoint:\($0.value)", $0.label, group: "Touchpoints · \($0.group ?? "")") }
            + lookups.handoffs.map { .init("handoff:\($0.id.uuidString)", lookups.handoffLabel($0), group: "Handoffs") }
            + lookups.processes.map { .init("process:\($0.id.uuidString)", "\($0.kind.label): \($0.name)", group: "Processes & policies") }
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("target", "Attached to", .select(targetOptions(lookups), blank: "Choose a touchpoint, handoff or process"), required: true),
         .choice("kind", "Kind", FrictionKind.self),
         FormField("description", "Description", .textarea(rows: 4), hint: "What the customer experiences, in their words where you can.", required: true),
         FormField("severity", "Severity", .select(FrictionPoint.severities.map { .init("\($0)", severityLabel($0)) }, blank: nil), required: true),
         .choice("source", "Source", FrictionSource.self),
         .choice("status", "Status", FrictionStatus.self)]
    }

    static func severityLabel(_ severity: Int) -> String {
        ["1 – minor annoyance", "2 – noticeable", "3 – costly for the customer", "4 – serious", "5 – critical"][severity - 1]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"]),
         FilterControl("team_id", "Team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("kind", "Kind", options: option(FrictionKind.self), selected: current["kind"]),
         FilterControl("status", "Status", options: option(FrictionStatus.self), selected: current["status"]),
         FilterControl("source", "Source", options: option(FrictionSource.self), selected: current["source"]),
         FilterControl("severity", "Severity at least", options: (2...5).map { .init("\($0)", "\($0)") }, selected: current["severity"]),
         FilterControl("walk_id", "Found on walk", options: lookups.walks.map { .init($0.id.uuidString, "\($0.content.mode.label), \($0.content.date)") },
                       selected: current["walk_id"])]
    }

    static func target(_ item: Item, _ lookups: Lookups, slug: String) -> Cell {
        switch item.target {
        case .touchpoint(let id):
            let journey = lookups.stage(lookups.touchpoint(id)?.stageID)?.journeyID
            return journey.map { .link(lookups.touchpointPath(id), url: Paths.journeyMap(slug, $0, touchpoint: id)) } ?? .muted("—")
        case .handoff(let id):
            let handoff = lookups.handoffs.first { $0.id == id }
            return .link("Handoff " + (handoff.map(lookups.handoffLabel) ?? "?"), url: Paths.item(slug, .handoffs, id))
        case .process(let id):
            return .link(lookups.process(id) ?? "—", url: Paths.item(slug, .processes, id))
        }
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)), target(item, lookups, slug: slug),
         .text(item.kind.label), .badge("\(item.severity)", tone: item.severity >= 4 ? .bad : item.severity == 3 ? .warn : .neutral),
         .text(item.source.label), .badge(item.status.label, tone: item.status == .open ? .bad : .good)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Description", .text(item.description)), Fact("Attached to", target(item, lookups, slug: slug)),
         Fact("Kind", .text(item.kind.label)), Fact("Severity", .text(severityLabel(item.severity))),
         Fact("Source", .text(item.source.label)), Fact("Status", .text(item.status.label))]
    }

}

import Domain
import Plot

/// The panel opened by selecting a touchpoint: who owns it and what stands behind it.
enum BackstageView {
    static func render(_ backstage: Backstage, model: JourneyMapModel) -> Node<HTML.BodyContext> {
        let touchpoint = backstage.card.touchpoint, slug = model.slug
        return .element(named: "aside", nodes: [
            .id("backstage"), .class("backstage"), .attr("aria-labelledby", "backstage-title"),
            .div(.class("section-heading"),
                 .h2(.id("backstage-title"), .safe("Backstage: \(touchpoint.name)")),
                 .link("Close", to: Paths.journeyMap(slug, model.map.journey.id, heat: model.heat != nil), class: "button button--small")),
            facts(touchpoint, teamName: backstage.card.teamName, slug: slug),
            actions(touchpoint, slug: slug),
            processes(backstage, slug: slug),
            handoffs(backstage),
            frictions(backstage, slug: slug),
        ])
    }

    static func facts(_ touchpoint: Stored<Touchpoint>, teamName: String, slug: String) -> Node<HTML.BodyContext> {
        .dl(.class("facts"),
            .dt(.text("Owning team")), .dd(.link(teamName, to: Paths.item(slug, .teams, touchpoint.owningTeamID))),
            .dt(.text("Channel")), .dd(.text(touchpoint.channel.label)),
            .dt(.text("Expected wait")), .dd(.text(touchpoint.expectedWaitMinutes.map(Duration.minutes) ?? "not recorded")),
            .dt(.text("Customer effort")), .dd(.text(touchpoint.effortMinutes.map(Duration.minutes) ?? "not recorded")),
            .if(!touchpoint.description.isEmpty, .group(.dt(.text("Description")), .dd(.safe(touchpoint.description)))))
    }

    static func actions(_ touchpoint: Stored<Touchpoint>, slug: String) -> Node<HTML.BodyContext> {
        .div(.class("actions"),
             buttonLink("Edit touchpoint", to: Paths.edit(slug, .touchpoints, touchpoint.id)),
             postButton("Move up", to: Paths.move(slug, .touchpoints, touchpoint.id), fields: ["direction": "up"]),
             postButton("Move down", to: Paths.move(slug, .touchpoints, touchpoint.id), fields: ["direction": "down"]),
             buttonLink("Record friction here", to: Paths.new(slug, .frictions, query: ["target": "touchpoint:\(touchpoint.id.uuidString)"])),
             buttonLink("Add handoff from here", to: Paths.new(slug, .handoffs, query: ["from_touchpoint_id": touchpoint.id.uuidString])))
    }

    static func processes(_ backstage: Backstage, slug: String) -> Node<HTML.BodyContext> {
        .group(
            .h3(.text("Processes and policies")),
            backstage.processes.isEmpty
                ? .p(.class("muted"), .text("No process or policy is linked to this touchpoint. Link one from its edit page."))
                : .ul(.forEach(backstage.processes) { process, owner in
                    .li(.span(.class("badge badge--neutral"), .text(process.kind.label)), .text(" "),
                        .link(process.name, to: Paths.item(slug, .processes, process.id)),
                        .span(.class("muted"), .safe(" — owner: \(owner ?? "no owner team")")),
                        .if(!process.steps.isEmpty, Cell.lines(process.steps).node))
                }))
    }

    static func handoffs(_ backstage: Backstage) -> Node<HTML.BodyContext> {
        .group(
            .h3(.text("Handoffs")),
            backstage.card.outgoing.isEmpty && backstage.incoming.isEmpty
                ? .p(.class("muted"), .text("No handoffs into or out of this touchpoint."))
                : .ul(.group(backstage.incoming.map { line in
                    .li(.text("← from "), .safe(line.fromName), .text(" "), flags(line))
                } + backstage.card.outgoing.map { line in
                    .li(.text("→ to "), .safe(line.toName), .text(" "), flags(line))
                })))
    }

    static func frictions(_ backstage: Backstage, slug: String) -> Node<HTML.BodyContext> {
        .group(
            .h3(.text("Frictions")),
            backstage.frictions.isEmpty
                ? .p(.class("muted"), .text("No friction recorded here yet."))
                : .ul(.forEach(backstage.frictions) { friction in
                    .li(.span(.class("badge badge--\(friction.status == .open ? "bad" : "good")"),
                              .text("\(friction.status.label) · severity \(friction.severity)")), .text(" "),
                        .span(.class("badge badge--neutral"), .text(friction.kind.label)), .text(" "),
                        .link(friction.description, to: Paths.item(slug, .frictions, friction.id)))
                }))
    }

    static func flags(_ line: HandoffLine) -> Node<HTML.BodyContext> {
        .group(line.isUnowned ? .span(.class("flag flag--unowned"), .text("Unowned handoff"))
                   : .span(.class("muted"), .safe("accountable: \(line.ownerName ?? "")")),
               .if(line.customerRepeats, .span(.class("flag flag--repeat"), .text("Customer repeats information"))))
    }
}

import Domain
import Foundation
import Plot

public enum JourneyMapView {
    public static func render(_ model: JourneyMapModel, shell: PageShell) -> String {
        let map = model.map, slug = model.slug, journeyID = map.journey.id
        let query = ["journey_id": journeyID.uuidString]
        return shell.render([
            .p(.class("breadcrumb"), .link("← All journeys", to: Paths.list(slug, .journeys))),
            pageHeading(map.journey.name, lead: lead(map.journey.content), actions: [
                buttonLink("Add stage", to: Paths.new(slug, .stages, query: query), primary: true),
                buttonLink("Add touchpoint", to: Paths.new(slug, .touchpoints, query: query)),
                buttonLink("Add handoff", to: Paths.new(slug, .handoffs, query: query)),
                buttonLink("Walk this journey", to: Paths.new(slug, .walks, query: query)),
                buttonLink("Export as Mermaid", to: Paths.step(slug, .journeys, journeyID, .mermaid)),
                buttonLink("Edit journey", to: Paths.edit(slug, .journeys, journeyID)),
                buttonLink("Delete…", to: Paths.delete(slug, .journeys, journeyID)),
            ]),
            HeatMapView.viewTabs(model),
            summary(model),
            model.heat == nil ? legend : HeatMapView.legend,
            .div(.class(model.selected == nil ? "map-layout" : "map-layout has-selection"),
            map.columns.isEmpty
                ? .div(.class("empty-state"),
                       .p(.text("This journey has no stages yet. Add the stages a customer goes through, in order, then the touchpoints in each.")),
                       buttonLink("Add the first stage", to: Paths.new(slug, .stages, query: query), primary: true))
                : .div(.class("journey-map"), .group(map.columns.enumerated().map { index, column in
                    stage(column, index: index, count: map.columns.count, model: model)
                })),
                .unwrap(model.selected) { BackstageView.render($0, model: model) }),
            handoffTable(model),
        ])
    }

    static func lead(_ journey: Journey) -> String {
        [journey.segment.isEmpty ? nil : "Segment: \(journey.segment)", journey.description.isEmpty ? nil : journey.description]
            .compactMap { $0 }.joined(separator: " — ")
    }

    static func summary(_ model: JourneyMapModel) -> Node<HTML.BodyContext> {
        let map = model.map, id = map.journey.id.uuidString
        return .ul(.class("map-summary"),
            .li(.text(counted(map.columns.count, "stage"))),
            .li(.text(counted(map.touchpointCount, "touchpoint"))),
            .li(.link(counted(map.unownedHandoffCount, "unowned handoff"),
                      to: Paths.list(model.slug, .handoffs, query: ["journey_id": id, "owner": "none"]))),
            .li(.link(counted(map.repeatHandoffCount, "handoff") + " where the customer repeats information",
                      to: Paths.list(model.slug, .handoffs, query: ["journey_id": id, "repeats": "yes"]))),
            .li(.link(counted(map.openFrictionCount, "open friction"),
                      to: Paths.list(model.slug, .frictions, query: ["journey_id": id, "status": "open"]))))
    }

    static var legend: Node<HTML.BodyContext> { .ul(.class("legend"), .attr("aria-label", "Tint legend"),
        .li(.span(.class("touchpoint heat--none")), .text(" no open friction")),
        .li(.span(.class("touchpoint heat--low")), .text(" worst open severity 1–2")),
        .li(.span(.class("touchpoint heat--medium")), .text(" severity 3")),
        .li(.span(.class("touchpoint heat--high")), .text(" severity 4–5"))) }

    static func stage(_ column: StageColumn, index: Int, count: Int, model: JourneyMapModel) -> Node<HTML.BodyContext> {
        let stage = column.stage, slug = model.slug
        return .section(.class("stage"), .attr("data-stage-name", stage.name), .attr("aria-label", "Stage: \(stage.name)"),
            .h2(.safe("\(index + 1). \(stage.name)")),
            .div(.class("stage-tools"),
                .if(index > 0, postButton("←", to: Paths.move(slug, .stages, stage.id), fields: ["direction": "up"],
                                          accessibleLabel: "Move stage \(stage.name) earlier")),
                .if(index < count - 1, postButton("→", to: Paths.move(slug, .stages, stage.id), fields: ["direction": "down"],
                                                  accessibleLabel: "Move stage \(stage.name) later")),
                .link("Edit stage", to: Paths.edit(slug, .stages, stage.id), class: "button button--small"),
                .link("Add touchpoint", to: Paths.new(slug, .touchpoints, query: ["stage_id": stage.id.uuidString]),
                      class: "button button--small")),
            column.cards.isEmpty ? .p(.class("muted"), .text("No touchpoints in this stage yet."))
                : .ul(.class("touchpoints"), .forEach(column.cards) { card($0, model: model) }))
    }

    static func card(_ card: TouchpointCard, model: JourneyMapModel) -> Node<HTML.ListContext> {
        let touchpoint = card.touchpoint
        let selected = model.selected?.card.touchpoint.id == touchpoint.id
        let customer = model.heat?.heat(of: touchpoint.id)
        let href = Paths.journeyMap(model.slug, model.map.journey.id, touchpoint: touchpoint.id, heat: model.heat != nil)
        return .li(.class("touchpoint heat--\((customer?.level ?? card.heat).rawValue)" + (selected ? " is-selected" : "")),
                   .attr("data-touchpoint-id", touchpoint.id.uuidString),
            .element(named: "a", nodes: [
                .class("touchpoint-card"), .attr("href", href),
                selected ? .attr("aria-current", "true") : .empty,
                .span(.class("touchpoint-name"), .safe(touchpoint.name)),
                .span(.class("touchpoint-meta"), .safe(meta(card))),
                customer.map { .span(.class("heat-explanation"), .text($0.explanation)) }
                    ?? .span(.class(card.openFrictionCount > 0 ? "friction-tally has-friction" : "friction-tally"), .text(tally(card))),
            ]),
            .unwrap(model.heat) { HeatMapView.quotes(on: touchpoint.id, in: $0, slug: model.slug) },
            .if(!card.outgoing.isEmpty, .ul(.class("handoffs-out"), .attr("aria-label", "Handoffs from \(touchpoint.name)"),
                .forEach(card.outgoing) { handoffItem($0) })))
    }

    static func meta(_ card: TouchpointCard) -> String {
        var parts = [card.touchpoint.channel.label, card.teamName]
        if let wait = card.touchpoint.expectedWaitMinutes { parts.append("wait \(Duration.minutes(wait))") }
        if let effort = card.touchpoint.effortMinutes { parts.append("effort \(Duration.minutes(effort))") }
        return parts.joined(separator: " · ")
    }

    static func tally(_ card: TouchpointCard) -> String {
        guard let worst = card.worstSeverity else { return "No open friction" }
        let noun = card.openFrictionCount == 1 ? "open friction" : "open frictions"
        return "\(card.openFrictionCount) \(noun) · worst severity \(worst)"
    }

    static func handoffItem(_ line: HandoffLine) -> Node<HTML.ListContext> {
        var classes = ["handoff"]
        if line.isUnowned { classes.append("handoff--unowned") }
        if line.customerRepeats { classes.append("handoff--repeat") }
        return .li(.class(classes.joined(separator: " ")),
            .text("→ "), .safe(line.toName), .text(" "),
            line.isUnowned ? .span(.class("flag flag--unowned"), .text("Unowned handoff"))
                : .span(.class("muted"), .safe("(\(line.ownerName ?? "")) ")),
            .if(line.customerRepeats, .span(.class("flag flag--repeat"), .text("Customer repeats information"))))
    }

    static func handoffTable(_ model: JourneyMapModel) -> Node<HTML.BodyContext> {
        let handoffs = model.map.handoffs
        return .section(.class("detail-section"), .attr("aria-labelledby", "handoffs-heading"),
            .h2(.id("handoffs-heading"), .text("Handoffs")),
            handoffs.isEmpty ? .p(.class("empty-state"), .text("No handoffs recorded. Add one wherever work passes from one team to another."))
                : .div(.class("table-wrap"), .table(.class("records"),
                    .thead(.tr(.th(.text("From")), .th(.text("To")), .th(.text("Accountable")), .th(.text("Information passed on")),
                               .th(.text("Flags")))),
                    .tbody(.forEach(handoffs) { line in
                        .tr(.td(.attr("data-label", "From"), .link(line.fromName, to: Paths.item(model.slug, .handoffs, line.handoff.id))),
                            .td(.attr("data-label", "To"), .safe(line.toName)),
                            .td(.attr("data-label", "Accountable"), line.ownerName.map { .safe($0) }
                                ?? .span(.class("flag flag--unowned"), .text("Unowned handoff"))),
                            .td(.attr("data-label", "Information passed on"), .safe(line.handoff.information)),
                            .td(.attr("data-label", "Flags"),
                                .if(line.customerRepeats, .span(.class("flag flag--repeat"), .text("Customer repeats information"))),
                                .if(line.openFrictionCount > 0, .text(counted(line.openFrictionCount, "open friction")))))
                    }))))
    }
}

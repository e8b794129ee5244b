import Domain
import Foundation
import Plot

public enum LinksPage {
    /// - Parameters:
    ///   - filters: the current filter values, kept in the pager's and the decisions' return address.
    ///   - frictionOptions: frictions to filter by, as (id, short description).
    public static func render(_ model: LinksModel, shell: PageShell) -> String {
        let slug = model.slug, lines = model.lines, filters = model.filters, frictionOptions = model.frictionOptions,
            canDecide = model.canDecide
        let base = Paths.page(slug, .links)
        let here = base + Paths.queryString(filters.merging(["page": String(lines.page)]) { _, new in new })
        return shell.render([
            .p(.class("breadcrumb"), .link("← Legitimize", to: Paths.page(slug, .legitimize))),
            pageHeading("Links between feedback and friction",
                        lead: "Each proposal sets what customers said beside a friction the team recorded on the same touchpoint, handoff or policy. Confirm it when they describe the same thing; reject it when they do not. Confirming a theme confirms its items at that place."),
            filterForm(base, filters, frictionOptions),
            lines.items.isEmpty
                ? .p(.class("empty-state"), .text(filters["status"] == LinkStatus.proposed.rawValue
                    ? "No proposals waiting. Align proposes links when feedback shares words with a friction at the same place; record frictions and feedback on touchpoints, then use “Find links again” on the Legitimize page."
                    : "No links match these filters."))
                : recordTable(["Friction the team recorded", "What customers said", "Why proposed", "Status", "Decide"], lines.items.map { line in
                    [.link(line.frictionText, url: line.frictionURL),
                     .group([.link(line.customerText, url: line.customerURL)] + (line.isTheme ? [.muted("whole theme")] : [])),
                     .text("\(line.similarityPercent)% alike; shares " + line.sharedWords.prefix(5).map { "“\($0)”" }.joined(separator: ", ")),
                     .group([.badge(line.status.label, tone: tone(line.status))] + (line.decision.map { [.muted($0)] } ?? [])),
                     canDecide ? .group(actions(line, slug: slug, returnTo: here)) : .muted("CX leads and admins decide")]
                }, caption: "Links, closest first"),
            pager(base, filters, lines),
        ])
    }

    static func actions(_ line: LinkLine, slug: String, returnTo: String) -> [Cell] {
        let url = Paths.page(slug, .link(.value(line.id)))
        let choices: [(LinkStatus, String)] = switch line.status {
        case .proposed: [(.confirmed, "Confirm"), (.rejected, "Reject")]
        case .confirmed: [(.rejected, "Reject"), (.proposed, "Undo")]
        case .rejected: [(.confirmed, "Confirm"), (.proposed, "Undo")]
        }
        return choices.map { status, label in .button(label, url: url, fields: ["status": status.rawValue, "return_to": returnTo]) }
    }

    static func tone(_ status: LinkStatus) -> Cell.Tone {
        switch status {
        case .proposed: .neutral
        case .confirmed: .good
        case .rejected: .warn
        }
    }

    static func filterForm(_ base: String, _ filters: [String: String], _ frictions: [(value: String, label: String)]) -> Node<HTML.BodyContext> {
        func select(_ name: String, _ label: String, _ options: [(value: String, label: String)], blank: String) -> Node<HTML.BodyContext> {
            .div(.class("field"),
                .element(named: "label", nodes: [.attr("for", "filter-" + name), .text(label)]),
                .element(named: "select", nodes: [.attr("id", "filter-" + name), .attr("name", name),
                    .element(named: "option", nodes: [.attr("value", ""), .text(blank)]),
                    .group(options.map { option in
                        .element(named: "option", nodes: [.attr("value", option.value),
                                                          filters[name] == option.value ? .attr("selected", "selected") : .empty, .safe(option.label)])
                    })]))
        }
        return .element(named: "form", nodes: [.class("filters"), .attr("method", "get"), .attr("action", base),
            select("status", "Status", LinkStatus.options, blank: "Any status"),
            select("subject", "Linked to", [("item", "Feedback items"), ("theme", "Themes")], blank: "Items and themes"),
            select("friction_id", "Friction", frictions, blank: "Any friction"),
            submitButton("Filter")])
    }

    static func pager(_ base: String, _ filters: [String: String], _ lines: Paged<LinkLine>) -> Node<HTML.BodyContext> {
        guard lines.total > 0 else { return .empty }
        func url(_ page: Int) -> String { base + Paths.queryString(filters.merging(["page": String(page)]) { _, new in new }) }
        return .nav(.class("pager"), .attr("aria-label", "Pages"),
            .p(.text("Page \(lines.page) of \(lines.pageCount) · \(lines.total) in all")),
            .if(lines.hasPrevious, .link("← Previous", to: url(lines.page - 1), class: "button")),
            .if(lines.hasNext, .link("Next →", to: url(lines.page + 1), class: "button")))
    }
}

import Domain
import Foundation
import Plot

/// How customer-centric the organization chose to be, against how customer-centric its people say it is.
public enum CentricityView {
    public static func render(_ model: CentricityModel, shell: PageShell) -> String {
        let slug = model.slug
        var actions: [Node<HTML.BodyContext>] = [buttonLink("Assessments", to: Paths.list(slug, .centricityAssessments)),
                                                 buttonLink("The model", to: Paths.list(slug, .competencies))]
        if model.canAssess, !model.rows.isEmpty { actions.insert(buttonLink("Record an assessment", to: Paths.new(slug, .centricityAssessments), primary: true), at: 0) }
        return shell.render([
            pageHeading("Customer-centricity", lead: "Not “are we customer-centric?” but how customer-centric we need to be: the level chosen per competency, "
                + "where the people assessing put us (each of them, not only the middle), the gap, and what Align’s own records back.", actions: actions),
            builtIn(model),
            .group(model.rows.map { competency($0, model) }),
        ])
    }

    static func builtIn(_ model: CentricityModel) -> Node<HTML.BodyContext> {
        guard model.missingBuiltIn > 0 else { return .empty }
        let lead = model.rows.isEmpty
            ? "No competencies yet. Start from Align’s six (leadership, customer insight, journey management, employee enablement, measures and incentives, continuous improvement), each with five levels described concretely, and reword them as you wish."
            : "\(model.missingBuiltIn) of Align’s competencies are not in your model."
        return .div(.class(model.rows.isEmpty ? "empty-state" : "notice"), .p(.safe(lead)),
                    .if(model.canChoose, postButton("Add Align’s competencies", to: Paths.page(model.slug, .centricityBuiltIn))))
    }

    static func competency(_ row: CentricityModel.Row, _ model: CentricityModel) -> Node<HTML.BodyContext> {
        let gap = row.gap
        return .element(named: "section", nodes: [.attribute(named: "class", value: "competency"), .id("competency-\(row.competencyID.uuidString.lowercased())"),
            .h2(.a(.href(row.competency.url), .text(row.competency.name))),
            .if(!row.description.isEmpty, .p(.class("muted"), .text(row.description))),
            .p(.class("centricity-summary"), .group(summary(row))),
            scale(row),
            .if(gap.contradictsEvidence, .p(.class("flag"), .strong(.text("Contradicted by the records: ")),
                                          .text("assessed at \(CentricityModel.level(gap.current?.median ?? 0)), but Align’s records back level \(gap.supportedLevel ?? 0) at most (see the checks below)."))),
            checks(row),
            history(gap),
            closing(row),
            .p(.class("row-actions"), .if(model.canAssess, .a(.href(row.assessURL), .text("Assess this competency"))), .text(" "),
               .a(.href(row.assessmentsURL), .text("Its assessments (\(row.gap.rounds.reduce(0) { $0 + $1.levels.count }))")), .text(" "),
               .if(model.canChoose, .a(.href(row.targetURL), .text(row.target == nil ? "Choose a target level" : "Change the target")))),
        ])
    }

    static func summary(_ row: CentricityModel.Row) -> [Node<HTML.BodyContext>] {
        let target: Node<HTML.BodyContext> = row.target.map { .group(.strong(.text("Target \($0)")), .text(row.reason.isEmpty ? "" : " — "), .em(.text(row.reason))) }
            ?? .span(.class("muted"), .text("No target level chosen"))
        guard let current = row.gap.current else { return [target, .text(" · "), .span(.class("muted"), .text("not assessed yet"))] }
        let spread = current.lowest == current.highest ? "all at \(current.lowest)" : "from \(current.lowest) to \(current.highest)"
        let assessed: Node<HTML.BodyContext> = .text(" · assessed \(CentricityModel.level(current.median)) (median of \(current.levels.count), \(spread), \(current.month))")
        return [target, assessed] + (row.gap.gap.map { [.text(" · "), .strong(.text("gap \(CentricityModel.level($0))"))] } ?? [])
    }

    /// The five levels in words, the target marked, and how many assessors put the organization at each.
    static func scale(_ row: CentricityModel.Row) -> Node<HTML.BodyContext> {
        let levels = row.gap.current?.levels ?? []
        return .table(.class("centricity-scale"),
            .caption(.text("\(row.competency.name): levels, the target and the current assessment")),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Level")), .th(.attribute(named: "scope", value: "col"), .text("What it looks like")),
                       .th(.attribute(named: "scope", value: "col"), .text("Target")), .th(.attribute(named: "scope", value: "col"), .text("Assessors here")))),
            .tbody(.forEach(Array(row.levels.enumerated())) { index, words in
                let level = index + 1, here = levels.filter { $0 == level }.count
                return .tr(.class(row.target == level ? "is-target" : ""), .th(.attribute(named: "scope", value: "row"), .text(String(level))), .td(.text(words)),
                           .td(.text(row.target == level ? "◆ target" : "")),
                           .td(.if(here > 0, .group(.span(.class("dots"), .attribute(named: "aria-hidden", value: "true"), .text(String(repeating: "●", count: here))),
                                                    .text(" \(here)")))))
            }))
    }

    static func checks(_ row: CentricityModel.Row) -> Node<HTML.BodyContext> {
        guard !row.checks.isEmpty else { return .p(.class("muted"), .text("Align’s records hold no evidence for this competency; the assessment stands on the assessors’ word.")) }
        return .group(.h3(.text("What Align’s records back")), .ul(.class("checks"), .forEach(row.checks) { item in
            .li(.class(item.check.met ? "met" : "unmet"), .text(item.check.met ? "✓ " : "✗ "), .text("Level \(item.check.level): \(item.check.description) — "),
                .a(.href(item.url), .text(item.check.figure)))
        }))
    }

    static func history(_ gap: CentricityGap) -> Node<HTML.BodyContext> {
        guard gap.rounds.count > 1 else { return .empty }
        let target = gap.target.map { Double($0.level) }
        return .group(.h3(.text("Across assessments")), .table(.class("centricity-history"),
            .thead(.tr(.th(.text("Month")), .th(.text("Median")), .th(.text("Spread")), .th(.text("Assessors")), .th(.text("Gap")))),
            .tbody(.forEach(gap.rounds.reversed()) { round in
                .tr(.td(.text(round.month)), .td(.text(CentricityModel.level(round.median))), .td(.text("\(round.lowest)–\(round.highest)")),
                    .td(.text(String(round.levels.count))), .td(.text(target.map { CentricityModel.level($0 - round.median) } ?? "—")))
            })))
    }

    static func closing(_ row: CentricityModel.Row) -> Node<HTML.BodyContext> {
        guard row.target != nil else { return .empty }
        guard !row.closing.isEmpty else { return .p(.class("muted"), .text("Nothing is linked to closing the gap yet: name initiatives, KPIs or charter commitments on the target.")) }
        return .group(.h3(.text("Closing the gap")), .ul(.forEach(row.closing) { link in
            .li(.text("\(link.kind): "), .a(.href(link.item.url), .text(link.item.name)))
        }))
    }
}

import Domain
import Foundation
import Plot

/// A team's month on one page, readable in the app and laid out to print on one A4 sheet: each list stops at a few
/// lines and says how many more there are, and every line opens its record.
public enum TeamOnePagerView {
    /// Lines per list, so the page prints on one sheet.
    static let shown = 6

    public static func render(_ page: TeamOnePager, slug: String, months: [String], shell: PageShell) -> String {
        shell.render([
            .div(.class("one-pager-page"),
                .p(.class("breadcrumb"), .link("← " + page.teamName, to: Paths.item(slug, .teams, page.teamID))),
                pageHeading("\(page.teamName): \(page.month)", lead: "Made on \(FieldReader.momentText(page.generatedAt).prefix(10)); looks back at \(page.lookedBackAt) and "
                    + "ahead \(TeamOnePager.monthsAhead) months.", actions: [buttonLink("JSON", to: Paths.api(slug, .teamOnePager(.value(page.teamID)), query: ["month": page.month]))]),
                .if(months.count > 1, .p(.class("month-links"), .text("Other months: "), .group(months.filter { $0 != page.month }.map { month in
                    .group(.link(month, to: Paths.page(slug, .teamOnePager(.value(page.teamID)), query: ["month": month])), .text(" "))
                }))),
                .div(.class("one-pager"), changed(page, slug), coming(page, slug), customers(page, slug), charter(page, slug), kpis(page, slug), owed(page, slug))),
        ])
    }

    static func list<T>(_ items: [T], empty: String, _ line: (T) -> Node<HTML.ListContext>) -> Node<HTML.BodyContext> {
        guard !items.isEmpty else { return .p(.class("muted"), .text(empty)) }
        return .ul(.group(items.prefix(shown).map(line)), .if(items.count > shown, .li(.class("muted"), .text("and \(items.count - shown) more"))))
    }

    static func changed(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("What it changed in \(page.lookedBackAt)")), list(page.changed, empty: "Nothing it owns launched or was done.") { item in
            let kind = RecordKind(rawValue: item.kind) ?? .changes
            return .li(.link(item.title, to: Paths.item(slug, kind, item.id)), .text(" · \(kind == .changes ? "launched" : "done") \(item.on)"))
        })
    }

    static func coming(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("What is coming, and whom it touches")), list(page.coming, empty: "No planned change reaches it in the months ahead.") { item in
            let others = item.touches.prefix(4).joined(separator: ", ") + (item.touches.count > 4 ? " and \(item.touches.count - 4) more" : "")
            return .li(.link(item.title, to: Paths.item(slug, .changes, item.id)),
                       .text(" · from \(item.starts) · \(item.ownedByTeam ? "its own" : "reaches it") (\(item.level))"
                             + (others.isEmpty ? "" : " · also touches \(others)")))
        })
    }

    static func customers(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        let figures = page.customers
        let negative = figures.feedbackItems == 0 ? "" : " (\(Int((Double(figures.negativeItems) * 100 / Double(figures.feedbackItems)).rounded()))% negative)"
        return .section(.h2(.text("What customers said on its touchpoints")),
            figures.feedbackItems == 0 ? .p(.class("muted"), .text("No feedback has been placed on its touchpoints yet."))
                : .ul(.li(.link("\(counted(figures.feedbackItems, "feedback item"))\(negative)", to: Paths.list(slug, .touchpoints, query: ["team_id": page.teamID.uuidString]))),
                      .li(.text(figures.nps.map { "NPS \($0) from \(counted(figures.npsAnswers, "answer"))" } ?? "No NPS answers")),
                      .li(.link("\(counted(figures.openFrictions, "open friction point"))", to: Paths.list(slug, .frictions, query: ["status": "open"])))))
    }

    static func charter(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("Charter commitments")), list(page.commitments, empty: "No commitments in its charter yet.") { item in
            .li(.link(item.text, to: Paths.item(slug, .commitments, item.id)), .text(" · \(item.status)"))
        })
    }

    static func kpis(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("KPIs")), list(page.kpis, empty: "It has no KPIs.") { kpi in
            let latest = kpi.latest.map { "\(KPI.text($0))\(kpi.unit.isEmpty ? "" : " \(kpi.unit)") in \(kpi.latestPeriod ?? "")" } ?? "no value yet"
            return .li(.link(kpi.name, to: Paths.item(slug, .kpis, kpi.id)),
                       .text(" · \(latest)\(kpi.target.map { " · target \(KPI.text($0))" } ?? "") · rewarded \(kpi.rewarded)"))
        })
    }

    static func owed(_ page: TeamOnePager, _ slug: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("Acknowledgements it owes")), list(page.owed, empty: "None: it has acknowledged every change that reaches it.") { item in
            .li(.link(item.title, to: Paths.item(slug, .changes, item.changeID)), .text(" · starts \(item.starts)"))
        })
    }
}

import Domain
import Foundation
import Plot

/// The change load page.
public enum ChangeLoadView {
    public static func render(_ model: ChangeLoadModel, shell: PageShell) -> String {
        shell.render([
            pageHeading("Change load", lead: "Each team's planned and launched changes, weighted by how hard each lands on it (high 3, medium 2, low 1), "
                        + "month by month. Above \(model.limit) a team is past the organization's limit, and a change that adds to it warns before it launches.",
                        actions: [buttonLink("Changes", to: Paths.list(model.slug, .changes))]),
            monthNav(model),
            model.rows.isEmpty
                ? .div(.class("empty-state"), .p(.text("No change is under way for any team in these months. "),
                                                  .link("Plan a change", to: Paths.new(model.slug, .changes)),
                                                  .text(" and name what it alters: its load appears here for every team it touches.")))
                : table(model),
            pageNav(label: "Pages of teams", summary: "Page \(model.page) of \(model.pageCount) · \(model.teamCount) teams", page: model.page,
                    pageCount: model.pageCount) { Paths.page(model.slug, .changeLoad, query: query(model, page: $0)) },
            .unwrap(model.detail) { detail(model, $0) },
            model.canEdit ? limitForm(model) : .p(.class("muted"), .text("The limit is \(model.limit); administrators and CX leads set it.")),
        ])
    }

    static func query(_ model: ChangeLoadModel, page: Int? = nil) -> [String: String] {
        var query = ["from": ChangeLoadModel.monthValue(model.months.first ?? CalendarDate.today.firstOfMonth)]
        if let page, page > 1 { query["page"] = String(page) }
        return query
    }

    static func monthNav(_ model: ChangeLoadModel) -> Node<HTML.BodyContext> {
        guard let first = model.months.first else { return .empty }
        let count = model.months.count
        return .nav(.class("pager"), .attr("aria-label", "Months"),
                    .link("← Earlier", to: Paths.page(model.slug, .changeLoad, query: ["from": ChangeLoadModel.monthValue(first.adding(months: -count))]), class: "button"),
                    .link("Later →", to: Paths.page(model.slug, .changeLoad, query: ["from": ChangeLoadModel.monthValue(first.adding(months: count))]), class: "button"))
    }

    static func table(_ model: ChangeLoadModel) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .table(.class("heat-table"),
            .caption(.text("Weighted change load per team and month (limit \(model.limit))")),
            .thead(.tr(.th(.attr("scope", "col"), .text("Team")),
                       .forEach(model.months) { .th(.attr("scope", "col"), .text(ChangeLoadModel.monthLabel($0))) })),
            .tbody(.forEach(model.rows) { row in
                .tr(.th(.attr("scope", "row"), .link(row.name, to: Paths.item(model.slug, .teams, row.teamID))),
                    .forEach(Array(zip(model.months, row.cells))) { month, cell in cellNode(model, row, month, cell) })
            })))
    }

    static func cellNode(_ model: ChangeLoadModel, _ row: ChangeLoadModel.Row, _ month: CalendarDate, _ cell: ChangeLoad.Cell?) -> Node<HTML.TableRowContext> {
        guard let cell else { return .td(.span(.class("muted"), .text("–"))) }
        var query = query(model)
        (query["team"], query["month"]) = (row.teamID.uuidString, ChangeLoadModel.monthValue(month))
        let words = cell.load > model.limit ? " (over the limit)" : ""
        return .td(.class(model.tint(cell.load)),
                   .link("\(cell.load)\(words)", to: Paths.page(model.slug, .changeLoad, query: query) + "#load-detail"),
                   .span(.class("signs"), .text(counted(cell.changeIDs.count, "change"))))
    }

    static func detail(_ model: ChangeLoadModel, _ detail: ChangeLoadModel.Detail) -> Node<HTML.BodyContext> {
        .section(.id("load-detail"), .h2(.text("\(detail.teamName) in \(ChangeLoadModel.monthLabel(detail.month)): load \(detail.load) of \(model.limit)")),
                 .ul(.forEach(detail.changes) { change in
                     .li(.link(change.title, to: Paths.item(model.slug, .changes, change.id)), .text(" · \(change.level.label) (\(change.level.weight))"))
                 }))
    }

    static func limitForm(_ model: ChangeLoadModel) -> Node<HTML.BodyContext> {
        let error = model.limitErrors.first { $0.field == "limit" }
        return .form(.class("inline-form"), .action(Paths.page(model.slug, .changeLoadLimit)), .method(.post),
                     .label(.for("field-limit"), .text("Limit on a team's load in a month")),
                     .input(.type(.number), .id("field-limit"), .name("limit"), .value(model.limitValue ?? String(model.limit)),
                            .attribute(named: "min", value: "1"), .attribute(named: "max", value: "100"),
                            .attribute(named: "aria-describedby", value: error == nil ? nil : "error-limit")),
                     .unwrap(error) { .p(.class("field-error"), .id("error-limit"), .text($0.message)) },
                     .button(.type(.submit), .class("button button--small"), .text("Save limit")))
    }
}

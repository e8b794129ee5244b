import Domain
import Foundation
import Plot

/// A filter control above a list: a select of choices under a label.
public struct FilterControl: Sendable {
    public let name: String
    public let label: String
    public let options: [FormField.Option]
    public let selected: String

    public init(_ name: String, _ label: String, options: [FormField.Option], selected: String?) {
        self.name = name
        self.label = label
        self.options = options
        self.selected = selected ?? ""
    }
}

/// A paginated, filterable list of records.
public struct ListModel: Sendable {
    public var title: String
    public var lead: String?
    public var basePath: String
    public var newURL: String?
    public var newLabel: String
    public var filters: [FilterControl]
    public var columns: [String]
    public var rows: [[Cell]]
    public var page: Int
    public var pageCount: Int
    public var total: Int
    /// What to show when nothing exists yet, telling the reader what to do first.
    public var emptyMessage: String
    /// Where the same list, with the same filters, downloads as CSV.
    public var exportURL: String?
    /// Further links beside the "New" button, e.g. to import many at once.
    public var extraActions: [(label: String, url: String)] = []
    /// The first and last record shown: "Next" reads on after the last, "Previous" back before the first,
    /// so long lists page through their index instead of counting past every earlier record.
    public var anchors: (first: UUID, last: UUID)?

    public init(title: String, lead: String? = nil, basePath: String, newURL: String?, newLabel: String,
                filters: [FilterControl], columns: [String], rows: [[Cell]], page: Int, pageCount: Int, total: Int,
                emptyMessage: String, exportURL: String? = nil) {
        self.title = title
        self.lead = lead
        self.basePath = basePath
        self.newURL = newURL
        self.newLabel = newLabel
        self.filters = filters
        self.columns = columns
        self.rows = rows
        self.page = page
        self.pageCount = pageCount
        self.total = total
        self.emptyMessage = emptyMessage
        self.exportURL = exportURL
    }

    var activeFilters: [String: String] {
        Dictionary(uniqueKeysWithValues: filters.filter { !$0.selected.isEmpty }.map { ($0.name, $0.selected) })
    }
}

public enum ListView {
    public static func render(_ model: ListModel, shell: PageShell) -> String {
        shell.render([
            pageHeading(model.title, lead: model.lead,
                        actions: (model.newURL.map { [buttonLink(model.newLabel, to: $0, primary: true)] } ?? [])
                            + model.extraActions.map { buttonLink($0.label, to: $0.url) }),
            .if(!model.filters.isEmpty, filterForm(model)),
            model.rows.isEmpty ? emptyState(model) : table(model),
            pager(model),
        ])
    }

    static func filterForm(_ model: ListModel) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [
            .class("filters"), .attr("action", model.basePath), .attr("method", "get"), .attr("role", "search"),
            .group(model.filters.map { filter in
                let id = "filter-\(filter.name)"
                return .div(.class("field field--inline"),
                    .element(named: "label", nodes: [.attr("for", id), .safe(filter.label)]),
                    .element(named: "select", nodes: [.attr("id", id), .attr("name", filter.name),
                        FormView.option("", "All", selected: filter.selected.isEmpty)]
                        + FormView.grouped(filter.options).map { group, items in
                            let rendered = items.map { FormView.option($0.value, $0.label, selected: $0.value == filter.selected) }
                            return group.map { .element(named: "optgroup", nodes: [.attr("label", $0)] + rendered) }
                                ?? .group(rendered)
                        }))
            }),
            .div(.class("filter-actions"), submitButton("Apply filters"),
                 .if(!model.activeFilters.isEmpty, .link("Clear", to: model.basePath, class: "button"))),
        ])
    }

    static func emptyState(_ model: ListModel) -> Node<HTML.BodyContext> {
        let filtered = !model.activeFilters.isEmpty
        return .div(.class("empty-state"),
            .p(.safe(filtered ? "Nothing matches these filters." : model.emptyMessage)),
            filtered ? .link("Clear the filters", to: model.basePath, class: "button")
                : (model.newURL.map { buttonLink(model.newLabel, to: $0, primary: true) } ?? .empty))
    }

    static func table(_ model: ListModel) -> Node<HTML.BodyContext> {
        .div(.class("table-wrap"),
            .table(.class("records"),
                .caption(.class("visually-hidden"), .safe(model.title)),
                .thead(.tr(.forEach(model.columns) { .th(.attr("scope", "col"), .safe($0)) })),
                .tbody(.forEach(model.rows) { row in
                    .tr(.forEach(Array(zip(model.columns, row))) { column, cell in
                        .td(.attr("data-label", column), cell.node)
                    })
                })))
    }

    static func pager(_ model: ListModel) -> Node<HTML.BodyContext> {
        guard model.total > 0 else { return .empty }
        func url(_ page: Int, _ anchor: (key: String, id: UUID)?) -> String {
            var query = model.activeFilters
            query["page"] = String(page)
            // The first page needs no anchor: it starts at the top.
            if let anchor, page > 1 { query[anchor.key] = anchor.id.uuidString }
            return model.basePath + Paths.queryString(query)
        }
        return .nav(.class("pager"), .attr("aria-label", "Pages"),
            .p(.text("Page \(model.page) of \(model.pageCount) · \(model.total) in all")),
            .unwrap(model.exportURL) { .link("Export all \(model.total) as CSV", to: $0, class: "button") },
            .if(model.page > 1, .link("← Previous", to: url(model.page - 1, model.anchors.map { ("before", $0.first) }), class: "button")),
            .if(model.page < model.pageCount, .link("Next →", to: url(model.page + 1, model.anchors.map { ("after", $0.last) }), class: "button")))
    }
}

import Plot

/// A table of cells that reflows into labelled blocks at phone width, like every list.
public func recordTable(_ columns: [String], _ rows: [[Cell]], caption: String? = nil) -> Node<HTML.BodyContext> {
    .div(.class("table-wrap"), .table(.class("records"),
        .unwrap(caption) { .caption(.safe($0)) },
        .thead(.tr(.forEach(columns) { .th(.attr("scope", "col"), .safe($0)) })),
        .tbody(.forEach(rows) { row in
            .tr(.forEach(Array(zip(columns, row))) { column, cell in .td(.attr("data-label", column), cell.node) })
        })))
}

/// Previous and next links for a list shown a page at a time; `base` may already carry a query (ending in "&").
public func pageLinks(base: String, page: Int, pageCount: Int) -> Node<HTML.BodyContext> {
    guard pageCount > 1 else { return .empty }
    func address(_ page: Int) -> String { base.hasSuffix("&") ? base + "page=\(page)" : base + "?page=\(page)" }
    return .nav(.class("pager"), .attr("aria-label", "Pages"),
                page > 1 ? .link("← Previous", to: address(page - 1)) : .empty,
                .span(.text(" Page \(page) of \(pageCount) ")),
                page < pageCount ? .link("Next →", to: address(page + 1)) : .empty)
}

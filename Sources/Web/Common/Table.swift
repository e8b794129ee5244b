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

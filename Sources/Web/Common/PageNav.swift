import Plot

/// Previous and next links under a list shown a page at a time; nothing when it fits one page.
func pageNav(label: String, summary: String, page: Int, pageCount: Int, path: (Int) -> String) -> Node<HTML.BodyContext> {
    .if(pageCount > 1, .nav(.class("pager"), .attr("aria-label", label), .p(.text(summary)),
        .if(page > 1, .link("← Previous", to: path(page - 1), class: "button")),
        .if(page < pageCount, .link("Next →", to: path(page + 1), class: "button"))))
}

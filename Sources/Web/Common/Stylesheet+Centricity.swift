/// Styles of the centricity page: each competency a section, its five levels a table with the target marked.
extension Stylesheet {
    static let centricity = """
    section.competency { border-top:1px solid var(--line); padding:1rem 0; max-width:60rem; }
    section.competency h2 { margin:0 0 .25rem; }
    .centricity-summary { margin:.25rem 0 .75rem; }
    table.centricity-scale td, table.centricity-scale th { vertical-align:top; }
    table.centricity-scale tr.is-target { outline:2px solid var(--accent); outline-offset:-2px; }
    table.centricity-scale .dots { letter-spacing:.1em; }
    p.flag { border-left:4px solid var(--bad); padding:.25rem .75rem; }
    ul.checks { list-style:none; padding:0; }
    ul.checks li.met { color:inherit; }
    ul.checks li.unmet { color:var(--bad); }
    .row-actions a { margin-right:1rem; }
    """
}

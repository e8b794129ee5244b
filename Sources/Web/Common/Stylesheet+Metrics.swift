/// Styles of the metrics conflicts: each conflict a card, each push marked up or down in words and by its edge.
extension Stylesheet {
    static let metrics = """
    ol.conflicts { list-style:none; padding:0; display:grid; gap:1rem; max-width:60rem; }
    li.conflict { border:1px solid var(--line); border-radius:4px; padding:.75rem 1rem; }
    li.conflict h3 { margin:0 0 .5rem; font-size:1.05rem; }
    .push { border-left:4px solid var(--line); padding:.25rem .75rem; margin:.5rem 0; }
    .push--raises { border-left-color:var(--good); }
    .push--lowers { border-left-color:var(--bad); }
    .push p { margin:.25rem 0; }
    ol.path { margin:.25rem 0 .25rem 1.25rem; padding:0; font-size:.95rem; }
    ol.path li { margin:.15rem 0; overflow-wrap:anywhere; }
    .metric-diagram-scroll { overflow-x:auto; max-width:100%; border:1px solid var(--line); border-radius:4px; margin:.5rem 0 1rem; }
    .metric-diagram-scroll:focus { outline:3px solid var(--focus); }
    svg.metric-diagram { display:block; }
    svg.metric-diagram a.node:focus rect { stroke:var(--focus); stroke-width:3; }
    p.evidence { margin:.25rem 0; font-size:.95rem; }
    p.evidence--contradicts { border-left:4px solid var(--bad); padding-left:.5rem; }
    p.evidence--supports { border-left:4px solid var(--good); padding-left:.5rem; }
    """
}

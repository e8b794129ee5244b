/// Styles of the initiative pages: the workflow, the status panel, warnings, the board.
extension Stylesheet {
    static let initiatives = """
    nav.view-tabs { display:flex; flex-wrap:wrap; gap:.25rem; margin:.5rem 0 1rem; border-bottom:2px solid var(--line); }
    .workflow { display:flex; flex-wrap:wrap; gap:.25rem; list-style:none; padding:0; margin:.5rem 0; }
    .workflow .step { padding:.2rem .6rem; border:1px solid var(--line); border-radius:999px; color:var(--muted); }
    .workflow .step + .step::before { content:"→ "; color:var(--muted); }
    .workflow .step--current { border-color:var(--accent); color:var(--ink); font-weight:700; background:#e8f1fb; }
    .status-panel { border:1px solid var(--line); border-radius:6px; padding:.5rem 1rem 1rem; }
    .move-form { border-top:1px dashed var(--line); padding-top:.5rem; margin-top:.5rem; }
    .warning { background:#fff4e0; border-left:4px solid var(--warn); padding:.5rem 1rem; margin:.5rem 0; }
    .warning h2 { margin-top:0; font-size:1.05rem; }
    .prose { white-space:pre-wrap; overflow-wrap:anywhere; max-width:48rem; }
    .board { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(13rem, 1fr); gap:.75rem; overflow-x:auto; padding-bottom:.5rem; }
    .board-column { background:var(--panel); border-radius:6px; padding:.5rem; min-width:0; }
    .board-column h2 { margin:.25rem 0 .5rem; font-size:1.05rem; }
    .cards { list-style:none; margin:0; padding:0; display:grid; gap:.5rem; }
    .card { background:#fff; border:1px solid var(--line); border-radius:4px; padding:.5rem; overflow-wrap:anywhere; }
    .card p { margin:.25rem 0; font-size:.9rem; }
    .card-title { font-weight:600; }
    code { overflow-wrap:anywhere; background:var(--panel); padding:0 .25rem; }
    @media (max-width: 700px) {
      .board { grid-auto-flow:row; grid-auto-columns:auto; overflow-x:visible; }
    }
    @media print {
      .status-panel .move-form { display:none; }
    }
    """
}

/// Styles of the charter posters and the strategy wall. A poster prints on one page of its own size
/// (named pages): its box is exactly the page's height and clips, so it can never run onto a second page.
extension Stylesheet {
    static let charters = """
    .poster { background:#fff; border:1px solid var(--line); border-top:8px solid #12324f; border-radius:4px;
      padding:1.5rem 2rem; max-width:52rem; overflow-wrap:anywhere; }
    .poster-org { margin:0; text-transform:uppercase; letter-spacing:.08em; color:var(--muted); font-size:.85em; }
    .poster-team { font-size:2.2em; margin:.1em 0 .4em; line-height:1.15; }
    .poster-head { border-bottom:3px solid var(--accent); padding-bottom:.5em; margin-bottom:.75em; }
    .poster-purpose, .poster-promise { margin:.3em 0; font-size:1.1em; }
    .poster-lead { font-weight:600; margin:.5em 0; }
    .poster-commitments { margin:0; padding-left:1.4em; }
    .poster-commitments li { margin:0 0 .7em; break-inside:avoid; }
    .poster-commitment { margin:0; font-size:1.15em; font-weight:600; }
    .poster-goals { margin:.1em 0 0; color:var(--muted); font-size:.9em; }
    .posters { display:grid; grid-template-columns:repeat(auto-fill, minmax(18rem, 1fr)); gap:1rem; align-items:start; }
    .poster--wall { font-size:.75rem; padding:1rem; }
    .poster--wall .poster-team a { color:inherit; }
    .warning-text { color:var(--warn); }
    .goal-teams { list-style:none; padding:0; margin:0; display:flex; flex-wrap:wrap; gap:.25rem .75rem; }
    @page poster-a4 { size:A4 portrait; margin:12mm; }
    @page poster-a3 { size:A3 portrait; margin:15mm; }
    @media print {
      .poster-tools { display:none; }
      .poster--a4, .poster--a3 { max-width:none; border-left:0; border-right:0; border-bottom:0; border-radius:0; overflow:hidden; }
      .poster--a4 { page:poster-a4; height:272mm; padding:10mm 8mm; font-size:14pt; }
      .poster--a3 { page:poster-a3; height:389mm; padding:14mm 12mm; font-size:20pt; }
      .poster--a4.poster--compact { font-size:11.5pt; }
      .poster--a4.poster--dense { font-size:9pt; }
      .poster--a3.poster--compact { font-size:16pt; }
      .poster--a3.poster--dense { font-size:12.5pt; }
      .poster--wall { page:auto; height:auto; font-size:8pt; break-inside:avoid; }
      .posters { grid-template-columns:repeat(3, 1fr); }
    }
    """
}

/// The one stylesheet, served at `Paths.stylesheet`. Colours keep at least 4.5:1 contrast
/// for text; friction tints always come with words, never colour alone.
public enum Stylesheet {
    public static let css = base + initiatives + nurture + charters + pulses + walks + metrics + centricity + reports

    static let base = """
    :root { --ink:#1b1f24; --muted:#4f5b67; --line:#c9d1d9; --bg:#ffffff; --panel:#f5f7f9; --accent:#0b5cad;
      --accent-ink:#ffffff; --good:#1a6b35; --warn:#8a5300; --bad:#b00020; --focus:#ffbf47;
      --heat-low:#fff6d6; --heat-medium:#ffe2c2; --heat-high:#ffd6d6; }
    * { box-sizing: border-box; }
    body { margin:0; font:16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif;
      color:var(--ink); background:var(--bg); }
    a { color:var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, main:focus-visible {
      outline:3px solid var(--focus); outline-offset:2px; }
    .skip-link { position:absolute; left:-999px; top:0; background:var(--ink); color:#fff; padding:.5rem 1rem; }
    .skip-link:focus { left:0; z-index:10; }
    [hidden] { display:none !important; }
    .visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
    .site-header { background:#12324f; color:#fff; padding:.5rem 1rem; }
    .site-header a { color:#fff; }
    .brand-row { display:flex; gap:1rem; align-items:baseline; flex-wrap:wrap; }
    .brand { font-weight:700; font-size:1.25rem; text-decoration:none; }
    .org-name { font-weight:600; }
    .account { margin-left:auto; display:flex; gap:.75rem; align-items:baseline; flex-wrap:wrap; font-size:.9rem; }
    .account .button { background:transparent; color:#fff; border-color:#fff; }
    .nav { list-style:none; margin:.5rem 0 0; padding:0; display:flex; flex-wrap:wrap; gap:.25rem .75rem; }
    .nav a { text-decoration:none; padding:.125rem 0; border-bottom:2px solid transparent; }
    .nav a[aria-current=page] { border-bottom-color:#fff; font-weight:600; }
    main { padding:1rem; max-width:1400px; margin:0 auto; }
    h1 { font-size:1.75rem; margin:.25rem 0; overflow-wrap:anywhere; }
    h2 { font-size:1.25rem; margin:1.25rem 0 .5rem; }
    .lead, .muted, .hint { color:var(--muted); }
    .page-heading { display:flex; justify-content:space-between; align-items:flex-start; gap:1rem; flex-wrap:wrap; }
    .actions, .form-actions, .filter-actions { display:flex; gap:.5rem; flex-wrap:wrap; align-items:center; }
    .button { display:inline-block; padding:.45rem .9rem; border:1px solid var(--accent); border-radius:4px;
      background:#fff; color:var(--accent); text-decoration:none; font:inherit; cursor:pointer; line-height:1.3; }
    .button--primary { background:var(--accent); color:var(--accent-ink); }
    .button--danger { background:var(--bad); border-color:var(--bad); color:#fff; }
    .button--small { padding:.15rem .5rem; font-size:.875rem; }
    .inline-form { display:inline; margin:0; }
    .notice { background:#e3f4e8; border-left:4px solid var(--good); padding:.5rem 1rem; }
    .error-summary { border:3px solid var(--bad); padding:.75rem 1rem; margin:1rem 0; }
    .error-summary h2 { margin-top:0; color:var(--bad); }
    .field { margin:0 0 1rem; max-width:40rem; }
    .field label, .field .label { display:block; font-weight:600; }
    .field input:not([type=checkbox]), .field select, .field textarea { width:100%; padding:.4rem; font:inherit;
      border:1px solid #6b7785; border-radius:3px; }
    .field--error input, .field--error select, .field--error textarea { border:2px solid var(--bad); }
    .field-error { color:var(--bad); font-weight:600; margin:.125rem 0; }
    .required { font-weight:400; color:var(--muted); font-size:.875rem; }
    .checkbox { display:flex; gap:.5rem; align-items:flex-start; margin:.25rem 0; }
    .checkbox label { font-weight:400; }
    .checkboxes { border:1px solid var(--line); padding:.5rem; max-height:22rem; overflow:auto; }
    .checkbox-group-title { font-weight:600; margin:.5rem 0 .125rem; }
    .filters { display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:flex-end; background:var(--panel);
      padding:.75rem; margin:1rem 0; border-radius:4px; }
    .field--inline { margin:0; min-width:10rem; }
    .table-wrap { overflow-x:auto; }
    table.records { border-collapse:collapse; width:100%; }
    .records th, .records td { text-align:left; padding:.5rem; border-bottom:1px solid var(--line); vertical-align:top; }
    .records th { background:var(--panel); }
    .badge { display:inline-block; padding:0 .4rem; border-radius:3px; font-size:.875rem; border:1px solid currentColor; }
    .badge--good { color:var(--good); } .badge--warn { color:var(--warn); } .badge--bad { color:var(--bad); }
    .badge--neutral { color:var(--muted); }
    .cell-part + .cell-part::before { content:" · "; color:var(--muted); }
    .empty-state { background:var(--panel); padding:1rem; border-radius:4px; }
    .pager { display:flex; gap:.75rem; align-items:center; flex-wrap:wrap; margin-top:1rem; }
    .facts { display:grid; grid-template-columns:max-content 1fr; gap:.25rem 1rem; }
    .facts dt { font-weight:600; } .facts dd { margin:0; overflow-wrap:anywhere; }
    .section-heading { display:flex; justify-content:space-between; align-items:center; gap:1rem; flex-wrap:wrap; }
    .steps { margin:0; padding-left:1.25rem; }
    .breadcrumb { margin:0; }
    .counts { list-style:none; padding:0; display:grid; grid-template-columns:repeat(auto-fill, minmax(12rem, 1fr)); gap:.5rem; }
    .counts li { background:var(--panel); padding:.5rem .75rem; border-radius:4px; }
    .counts .number { font-size:1.5rem; font-weight:700; display:block; }
    .overview-grid { display:grid; grid-template-columns:repeat(auto-fit, minmax(18rem, 1fr)); gap:1rem 2rem; }
    /* Journey map */
    .map-summary { display:flex; flex-wrap:wrap; gap:.5rem 1.5rem; margin:.5rem 0 1rem; padding:0; list-style:none; }
    .journey-map { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(14rem, 1fr); gap:.75rem;
      overflow-x:auto; padding-bottom:.5rem; }
    .stage { background:var(--panel); border-radius:6px; padding:.5rem; min-width:0; }
    .stage h2 { margin:.25rem 0 .5rem; font-size:1.05rem; }
    .stage-tools { display:flex; gap:.25rem; flex-wrap:wrap; margin-bottom:.5rem; }
    .touchpoints { list-style:none; margin:0; padding:0; display:grid; gap:.5rem; }
    .touchpoint { background:#fff; border:1px solid var(--line); border-left:6px solid var(--line); border-radius:4px; }
    .touchpoint.heat--low { background:var(--heat-low); border-left-color:#b38600; }
    .touchpoint.heat--medium { background:var(--heat-medium); border-left-color:#c45c00; }
    .touchpoint.heat--high { background:var(--heat-high); border-left-color:var(--bad); }
    .touchpoint.is-selected { outline:3px solid var(--accent); }
    .touchpoint-card { display:block; padding:.5rem; color:var(--ink); text-decoration:none; }
    .touchpoint-card:hover .touchpoint-name { text-decoration:underline; }
    .touchpoint-name { font-weight:600; display:block; }
    .touchpoint-meta, .friction-tally { font-size:.875rem; color:var(--muted); display:block; }
    .friction-tally.has-friction { color:var(--ink); font-weight:600; }
    .handoffs-out { list-style:none; margin:0; padding:0 .5rem .5rem; font-size:.875rem; }
    .handoff { padding:.25rem 0; border-top:1px dashed var(--line); }
    .flag { display:inline-block; font-weight:700; font-size:.8rem; padding:0 .3rem; border-radius:3px; margin-right:.25rem; }
    .flag--unowned { background:var(--bad); color:#fff; }
    .flag--repeat { background:var(--warn); color:#fff; }
    .map-layout { display:grid; grid-template-columns:minmax(0, 1fr); gap:1rem; align-items:start; }
    .backstage { border:2px solid var(--accent); border-radius:6px; padding:1rem; background:#fff; }
    @media (min-width: 1100px) {
      .map-layout.has-selection { grid-template-columns:minmax(0, 1fr) 24rem; }
      .map-layout.has-selection .backstage { position:sticky; top:.5rem; max-height:calc(100vh - 1rem); overflow:auto; }
    }
    .backstage h2 { margin-top:0; }
    .view-tabs ul { display:flex; flex-wrap:wrap; gap:.25rem; list-style:none; margin:.5rem 0; padding:0; border-bottom:2px solid var(--line); }
    .view-tabs a { display:block; padding:.35rem .75rem; margin-bottom:-2px; border:2px solid transparent; border-radius:4px 4px 0 0; }
    .view-tabs a[aria-current=page] { border-color:var(--line) var(--line) #fff; background:#fff; color:var(--ink); font-weight:600;
      text-decoration:none; }
    .heat-explanation { display:block; font-size:.875rem; }
    /* Customer words can be long and unbroken (links, ids); wrap them inside the card at any width. */
    .quotes { padding:0 .5rem .5rem; font-size:.875rem; overflow-wrap:anywhere; }
    .quotes summary { cursor:pointer; color:var(--accent); }
    .quotes blockquote { margin:.25rem 0; padding-left:.5rem; border-left:3px solid var(--line); }
    .quotes p { margin:.25rem 0; }
    .quote-score { color:var(--muted); white-space:nowrap; }
    .legend { display:flex; flex-wrap:wrap; gap:.5rem 1rem; font-size:.875rem; list-style:none; padding:0; }
    .score-cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(11rem, 1fr)); gap:.75rem; margin:1rem 0; }
    .score-card { border:1px solid var(--line); border-radius:6px; padding:.75rem; }
    .score-card h3 { margin:0; font-size:1rem; }
    .score-value { font-size:2rem; font-weight:700; margin:.25rem 0; }
    .trend-chart { margin:0 0 1.5rem; max-width:44rem; }
    .trend-chart svg { width:100%; height:auto; display:block; }
    .theme { border-top:1px solid var(--line); padding:.75rem 0; }
    .theme blockquote { margin:.25rem 0 .25rem 1rem; border-left:3px solid var(--line); padding-left:.75rem; }
    .priority-formula { background:#f4f6f8; border:1px solid var(--line); padding:.5rem .75rem; border-radius:6px; }
    progress { width:100%; max-width:32rem; height:1.25rem; }
    .legend .touchpoint { display:inline-block; width:1.25rem; height:1rem; vertical-align:middle; }
    @media (max-width: 700px) {
      main { padding:.75rem; }
      .site-header { padding:.375rem .75rem; }
      .account, .nav { flex-wrap:nowrap; overflow-x:auto; white-space:nowrap; scrollbar-width:thin; padding-bottom:.125rem; }
      .account { margin-left:0; width:100%; font-size:.85rem; }
      .nav { margin-top:.25rem; }
      .nav li, .account > * { flex:none; }
      .journey-map { grid-auto-flow:row; grid-auto-columns:auto; overflow-x:visible; }
      .facts { grid-template-columns:1fr; }
      .records thead { display:none; }
      .records tr { display:block; border-bottom:2px solid var(--line); padding:.25rem 0; }
      .records td { display:block; border:0; padding:.125rem .25rem; }
      .records td::before { content:attr(data-label) ": "; font-weight:600; }
    }
    @media print {
      .site-header, .skip-link, .actions, .stage-tools, .filters, .pager, .form-actions, .button, .inline-form { display:none !important; }
      main { max-width:none; padding:0; }
      .journey-map { grid-auto-flow:row; grid-template-columns:repeat(3, 1fr); grid-auto-columns:auto; overflow:visible; }
      .touchpoint { break-inside:avoid; }
      .stage { background:#fff; border:1px solid #999; }
      .touchpoint { background:#fff !important; }
      .touchpoint.heat--high { border-left:6px solid #000; }
      a { color:inherit; text-decoration:none; }
    }
    """
}

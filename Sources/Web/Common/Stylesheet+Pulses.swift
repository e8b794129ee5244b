/// Styles of pulses and the 4C health: the answer form's scales, the heat tables (tinted, and always in words too).
extension Stylesheet {
    static let pulses = """
    .notice-panel { background:var(--panel); border-left:4px solid var(--accent); padding:.5rem 1rem; margin:.5rem 0 1rem; max-width:48rem; }
    .pulse-form { max-width:48rem; }
    fieldset.scale { border:1px solid var(--line); border-radius:4px; margin:0 0 1rem; padding:.5rem 1rem .75rem; }
    fieldset.scale legend { font-weight:600; padding:0 .25rem; }
    fieldset.scale--error { border:2px solid var(--bad); }
    .scale-options { display:flex; flex-wrap:wrap; gap:.375rem .75rem; }
    .scale-option { display:flex; align-items:center; gap:.25rem; }
    .scale-option input { width:1.25rem; height:1.25rem; margin:0; }
    .scale-words { color:var(--muted); font-size:.9rem; }
    .pulse-form textarea { width:100%; }
    .table-scroll { overflow-x:auto; max-width:100%; }
    .heat-table { border-collapse:collapse; margin:.5rem 0 1rem; }
    .heat-table caption { text-align:left; font-weight:600; padding:.25rem 0; }
    .heat-table th, .heat-table td { border:1px solid var(--line); padding:.35rem .6rem; text-align:left; vertical-align:top; }
    .heat-table td.heat--good { background:#e3f4e8; }
    .heat-table td.heat--mixed { background:var(--heat-low); }
    .heat-table td.heat--weak { background:var(--heat-high); font-weight:600; }
    .heat-table td.heat--withheld { color:var(--muted); }
    .heat-table .signs { display:block; font-size:.85rem; font-weight:400; }
    .comments { list-style:none; padding:0; display:grid; gap:.5rem; max-width:48rem; }
    .comments li { border-left:3px solid var(--line); padding:.25rem .75rem; }
    """
}

/// Styles of journey walks: one step after another, its forms stacked, usable on a phone.
extension Stylesheet {
    static let walks = """
    .walk-steps { list-style:none; padding:0; margin:0; display:grid; gap:1rem; max-width:48rem; }
    .walk-step { border:1px solid var(--line); border-radius:6px; padding:.5rem 1rem 1rem; }
    .walk-step h2 { margin:.25rem 0; font-size:1.1rem; }
    .walk-form { border-top:1px dashed var(--line); margin-top:.5rem; padding-top:.5rem; display:grid; gap:.25rem; }
    .walk-form textarea, .walk-form select, .walk-form input[type=number] { width:100%; max-width:100%; }
    .walk-form .button { justify-self:start; }
    """
}

/// Styles of the reports: the executive alignment report and the team one-pager, both laid out to print.
extension Stylesheet {
    static let reports = """
    .report-section { margin:1.25rem 0; }
    .report-table th[scope=row] { font-weight:400; }
    .one-pager { display:grid; grid-template-columns:repeat(auto-fit, minmax(18rem, 1fr)); gap:.75rem 1.5rem; }
    .one-pager section { border-top:2px solid var(--line); padding-top:.25rem; }
    .one-pager h2 { font-size:1rem; margin:.25rem 0; }
    .one-pager ul { margin:.25rem 0; padding-left:1.1rem; }
    .one-pager p { margin:.25rem 0; }
    @media print {
      @page { size:A4; margin:12mm; }
      .report-section { break-inside:avoid; }
      .one-pager-page { font-size:9pt; line-height:1.3; }
      .one-pager-page h1 { font-size:14pt; margin:0; }
      .one-pager { grid-template-columns:1fr 1fr; gap:2mm 6mm; }
      .one-pager section { break-inside:avoid; }
      .one-pager-page .breadcrumb, .one-pager-page .month-links { display:none; }
    }
    """
}

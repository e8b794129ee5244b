import Domain
import Foundation
import Plot

public enum ImportDetailView {
    /// Every column numbered, and chosen by number where its name is blank or shared, so each can be picked unmistakably.
    static func columnOptions(_ columns: [String]) -> [FormField.Option] {
        columns.indices.map { index in
            FormField.Option(ImportColumns.mapping(of: index, in: columns), "#\(index + 1) " + (columns[index].isEmpty ? "(no name)" : columns[index]))
        }
    }

    /// The mapping form's fields for a file of this format: which rows, which columns, labels, dates, and source.
    static func mappingFields(_ format: ImportFormat, columns: [String]) -> [FormField] {
        let options = columnOptions(columns)
        let source = FormField("source", "These answers are", .select([.init("survey", "Survey answers"), .init("ticket", "Support tickets")], blank: nil))
        var fields: [FormField] = []
        if format == .csv {
            fields += [FormField("header_row", "Row with the column names", .number,
                                 hint: "1 for most files. A Qualtrics export names its columns on row 1 and has two more header rows under it."),
                       FormField("first_data_row", "First row of answers", .number, hint: "Leave empty for the row after the names; 4 for Qualtrics.")]
        }
        let mappable = format == .csv ? ImportField.allCases : [.touchpoint, .stage, .customer, .segment]
        fields += mappable.map { field in
            FormField("column_\(field.rawValue)", field.label, .select(options, blank: "Not in this file"),
                      hint: field == .text ? "The customer's own words; leave it out only for an export of scores alone." : hint(field))
        }
        guard format == .csv else { return fields + [source] }
        fields += ImportField.scores.map { field in
            FormField("labels_\(field.rawValue)", "\(field.label): answers written as words", .textarea(rows: 3),
                      hint: "One per line, e.g. “Very satisfied = 5”, or “Don't know =” for an answer that means none. Leave empty when the column holds numbers.")
        }
        fields += [FormField("time_zone", "Time zone of times without an offset",
                             hint: "A time such as 2026-03-01 10:22 is read in this zone (a name like Europe/Berlin); UTC unless you change it. Times with an offset (Z, +02:00) keep theirs."),
                   FormField("date_order", "Order of dates written with numbers alone",
                             .select(DateOrder.allCases.map { .init($0.rawValue, $0.label) }, blank: "Not set: refuse 03/04/2026, which could be either"))]
        return fields + [source]
    }

    /// Step 2: which column holds what, with the first rows as they would import.
    public static func mapping(_ model: ImportMappingModel, shell: PageShell) -> String {
        let summary = model.summary, slug = model.slug, columns = model.columns, values = model.values, errors = model.errors,
            fileError = model.fileError, preview = model.preview
        let fields = mappingFields(summary.format, columns: columns)
        var form = FormModel(title: "", action: Paths.feedbackImport(slug, summary.id), submitLabel: "Start the import", cancelURL: nil,
                             fields: fields, values: values, errors: errors)
        form.hiddenFields = ["format": summary.format.rawValue]
        form.secondaryAction = ("Show the preview", Paths.feedbackImport(slug, summary.id, .preview))
        return shell.render([
            .p(.class("breadcrumb"), .link("← Feedback imports", to: Paths.page(slug, .imports))),
            pageHeading("Map the columns of “\(summary.fileName)”",
                        lead: "Step 2 of 2: say which column holds what. “Show the preview” reads the first rows again with your choices; nothing is stored until you start the import."),
            .unwrap(fileError) { .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("The file cannot be imported with these settings")), .p(.safe($0))) },
            .unwrap(model.layoutNote) { .p(.class("notice"), .attr("role", "status"), .text($0)) },
            FormView.form(form),
            .div(.class("form-actions"),
                 postButton("Discard this upload", to: Paths.feedbackImport(slug, summary.id, .discard), danger: true)),
            .h2(.text("The first rows, as they would import")),
            .if(summary.format == .csv, .p(.class("hint"), .text("Times without an offset are read in \(values.value("time_zone") ?? "UTC"); "
                + (values.value("date_order").flatMap(DateOrder.init(rawValue:)).map { "dates with numbers alone are read \($0.label.lowercased())." }
                   ?? "dates with numbers alone (03/04/2026) are refused until the order is set.")))),
            preview.isEmpty ? .p(.class("empty-state"), .text("No rows to show with these settings."))
                : recordTable(["Line", "Outcome", "Text", "Date", "Touchpoint", "NPS", "CSAT", "CES"], preview),
        ])
    }

    static func hint(_ field: ImportField) -> String? {
        switch field {
        case .touchpoint: "Touchpoint names as they are in Align (or their ids)."
        case .customer: "Customers' account names as they are in Align."
        case .externalID: "The answer's id in the survey tool: re-importing the same ids adds nothing."
        case .date: "YYYY-MM-DD, optionally with a time and an offset; or day and month as numbers, in the order set below."
        default: nil
        }
    }

    /// What the items the import brought add up to: their scores and their themes, each linked to what it counts.
    static func brought(_ model: ImportStatusModel) -> Node<HTML.BodyContext> {
        guard model.summary.imported > 0, !model.summary.isActive else { return .empty }
        let scores = model.scores
        return .group(
            .h2(.text("What it brought")),
            .unwrap(scores.flatMap { $0.answers > 0 ? $0 : nil }) { line in
                recordTable(["Answers", "NPS", "CSAT", "CES mean", "CES % easy"], [[
                    .text("\(line.answers)"), ScoresView.cell(line.nps, unit: ""), ScoresView.cell(line.csat, unit: "%"),
                    ScoresView.cell(line.cesMean, unit: "", decimals: 2), ScoresView.cell(line.cesEasy, unit: "%"),
                ]], caption: "Scores of its answers")
            },
            .p(.link("Scores by import, beside the others", to: Paths.page(model.slug, .scores, query: ["by": ScoreDimension.importFile.rawValue]))),
            model.themes.isEmpty
                ? .p(.class("empty-state"), .text("None of its items is in a theme yet. "),
                     .link("Recompute themes", to: Paths.page(model.slug, .themes)), .text(" to find the topics of all feedback, these items included."))
                : .group(.h3(.text("Its themes")), .ul(.class("theme-list"), .forEach(model.themes) { theme in
                    .li(.link(theme.name, to: theme.url), .text(" · \(theme.items) item\(theme.items == 1 ? "" : "s")"))
                })))
    }

    /// An import whose runner went away: what it stored stays; it goes on from its file, or the file is imported again.
    static func interrupted(_ summary: ImportSummary, slug: String) -> Node<HTML.BodyContext> {
        .div(.class("error-summary"), .attr("role", "alert"),
             .h2(.text("The import was interrupted")),
             .p(.text("Align stopped while it ran. The \(summary.imported) items it stored stay; the counts above are what it stored.")),
             summary.canResume
                ? .group(.p(.text("Resume it to read the rest of the file. Rows already stored are recognised and not stored twice.")),
                         postButton("Resume the import", to: Paths.feedbackImport(slug, summary.id, .resume)))
                : .p(.text("Its file is no longer here. "), .link("Import the file again", to: Paths.page(slug, .newImport)),
                     .text(": the rows already stored are recognised and not stored twice.")))
    }

    /// A running or finished import: progress, counts, what went wrong.
    public static func status(_ model: ImportStatusModel, shell: PageShell) -> String {
        let summary = model.summary, slug = model.slug, rejections = model.rejections
        var page = shell
        if summary.isActive { page.refreshSeconds = 2 }
        return page.render([
            .p(.class("breadcrumb"), .link("← Feedback imports", to: Paths.page(slug, .imports))),
            pageHeading("Import of “\(summary.fileName)”", lead: summary.format.label),
            .p(.span(.attr("class", "badge badge--\(summary.tone.rawValue)"), .safe(summary.statusLabel)), .text(" · started \(summary.started)")),
            .div(.class("field"),
                 .element(named: "label", nodes: [.attr("for", "import-progress"), .text("Read \(summary.percent)% of the file")]),
                 .element(named: "progress", nodes: [.id("import-progress"), .attr("max", "100"), .attr("value", "\(summary.percent)"),
                                                     .text("\(summary.percent)%")])),
            .if(summary.isActive, .p(.class("hint"), .text("This page reloads every 2 seconds. You can leave it: the import goes on."))),
            .dl(.class("facts"),
                .dt(.text("Rows read")), .dd(.text("\(summary.rowsRead)")),
                .dt(.text("Imported")), .dd(summary.imported > 0
                    ? .link("\(summary.imported) feedback items", to: Paths.list(slug, .feedback, query: ["import_id": summary.id.uuidString]))
                    : .text("0")),
                .dt(.text("Duplicates skipped")), .dd(summary.duplicates > 0
                    ? .a(.href("#skipped"), .text("\(summary.duplicates) (already stored: the same external id, or the same content)"))
                    : .text("0")),
                .dt(.text("Rejected")), .dd(.text("\(summary.rejected)"))),
            summary.isInterrupted ? interrupted(summary, slug: slug)
                : .unwrap(summary.error) { .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("The import stopped")), .p(.safe($0))) },
            brought(model),
            .if(summary.rejected > 0, .group(
                .h2(.text("Rejected rows")),
                .p(.link("Download every rejected row (CSV: line, column, reason)", to: Paths.feedbackImport(slug, summary.id, .rejectionsCSV),
                         class: "button")),
                recordTable(["Line", "Column", "Reason"], rejections,
                            caption: summary.rejected > rejections.count ? "The first \(rejections.count) of \(summary.rejected)" : nil))),
            .if(summary.duplicates > 0, .group(
                .h2(.id("skipped"), .text("Rows skipped as already stored")),
                .p(.class("hint"), .text("Each was stored before, by this import or an earlier one; the rule that recognised it is named, and the row it repeats is linked.")),
                recordTable(["Line", "Rule", "Repeats"], model.duplicates,
                            caption: summary.duplicates > model.duplicates.count ? "The first \(model.duplicates.count) of \(summary.duplicates)" : nil))),
        ])
    }
}

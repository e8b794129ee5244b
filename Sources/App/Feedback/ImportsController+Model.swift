import Domain
import Foundation
import Persistence
import Web

extension ImportsController {
    static func summary(_ record: FeedbackImport) -> ImportSummary {
        let status = record.status
        let tone: Cell.Tone = switch status {
        case .finished: record.rejected > 0 ? .warn : .good
        case .failed: .bad
        case .interrupted: .warn
        default: .neutral
        }
        let format = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: TimeZone(identifier: "UTC")!)
        return ImportSummary(id: record.id, fileName: record.fileName, format: record.format,
                             statusLabel: status.label, tone: tone, isDraft: status == .draft,
                             isActive: status == .queued || status == .running, percent: record.percent, rowsRead: record.rowsRead,
                             imported: record.imported, duplicates: record.duplicates, rejected: record.rejected,
                             started: record.createdAt.map { $0.formatted(format) } ?? "", error: record.error, canResume: record.canResume,
                             isInterrupted: status == .interrupted)
    }

    /// What the page says of a Qualtrics export's rows: set to match, or what to set them to.
    static func layoutNote(_ layout: QualtricsLayout, settings: ImportSettings) -> String {
        let matches = settings.headerRow == layout.headerRow && settings.firstDataRow == layout.firstDataRow
        return "This file looks like \(layout.description). "
            + (matches ? "The rows are set to match; change them if that is wrong."
                       : "Set the row with the column names to \(layout.headerRow) and the first row of answers to \(layout.firstDataRow), or its header rows are read as answers.")
    }

    /// A skipped row: its line, the rule, and what it repeats, linked to the stored item.
    static func duplicateRow(_ duplicate: ImportDuplicate, importID: UUID, slug: String) -> [Cell] {
        let repeats = duplicate.explanation(in: importID)
        return [.text("\(duplicate.line)"), .text(duplicate.rule.label),
                duplicate.original.map { .link(repeats, url: Paths.item(slug, .feedback, $0.feedbackID)) } ?? .text(repeats)]
    }

    static func previewRow(_ row: (line: Int, outcome: Result<ImportedRow, ImportRejection>), duplicate: String?) -> [Cell] {
        switch row.outcome {
        case .success where duplicate != nil:
            return [.text("\(row.line)"), .badge("Skipped", tone: .warn), .text("Skipped, \(duplicate!)"),
                    .muted("—"), .muted("—"), .muted("—"), .muted("—"), .muted("—")]
        case .success(let imported):
            let item = imported.item
            return [.text("\(row.line)"), .badge("Imports", tone: .good), .text(item.text.count > 120 ? String(item.text.prefix(117)) + "…" : item.text),
                    .text(item.date.map { $0.description + (item.occurredAt.map { " (\(MomentText.utc($0)))" } ?? "") } ?? "—"), .text(item.touchpointIDs.isEmpty ? "—" : "matched"),
                    .text(item.nps.map(String.init) ?? "—"), .text(item.csat.map(String.init) ?? "—"), .text(item.ces.map(String.init) ?? "—")]
        case .failure(let rejection):
            return [.text("\(row.line)"), .badge("Rejected", tone: .bad), .text(rejection.column.isEmpty ? "Whole row: \(rejection.reason)" : "Column “\(rejection.column)”: \(rejection.reason)"),
                    .muted("—"), .muted("—"), .muted("—"), .muted("—"), .muted("—")]
        }
    }

    /// The mapping form's values; with the file's columns, a first guess from their names.
    static func formValues(_ settings: ImportSettings, guessingFrom columns: [String]?) -> FormInput {
        var input = FormInput(single: ["format": settings.format.rawValue, "header_row": "\(settings.headerRow)", "source": settings.source.rawValue])
        if settings.firstDataRow != settings.headerRow + 1 { input.fields["first_data_row"] = ["\(settings.firstDataRow)"] }
        input.fields["time_zone"] = [settings.timeZone ?? "UTC"]
        if let order = settings.dateOrder { input.fields["date_order"] = [order.rawValue] }
        for field in ImportField.allCases {
            if let column = settings.column(field) ?? columns.flatMap({ guess(field, in: $0) }) { input.fields["column_\(field.rawValue)"] = [column] }
        }
        for field in ImportField.scores where !settings.labels(field).isEmpty || !settings.noAnswerLabels(field).isEmpty {
            let numbered = settings.labels(field).sorted { $0.value > $1.value }.map { "\($0.key) = \($0.value)" }
            input.fields["labels_\(field.rawValue)"] = [(numbered + settings.noAnswerLabels(field).sorted().map { "\($0) =" }).joined(separator: "\n")]
        }
        return input
    }

    private static let hints: [ImportField: [String]] = [
        .text: ["comment", "feedback", "verbatim", "text", "response", "message", "description", "body"],
        .date: ["date", "submitted", "enddate", "created", "recorded"],
        .nps: ["nps", "recommend"], .csat: ["csat", "satisf"], .ces: ["ces", "effort", "easy"],
        .touchpoint: ["touchpoint"], .stage: ["stage"], .channel: ["channel"], .segment: ["segment"],
        .customer: ["customer", "account"], .externalID: ["response_id", "responseid", "ticket_id", "ticket id", "external_id"],
    ]

    /// The column a field is most likely in, as the form names it (`ImportColumns.mapping`).
    static func guess(_ field: ImportField, in columns: [String]) -> String? {
        guard let words = hints[field] else { return nil }
        for word in words {
            if let exact = columns.firstIndex(where: { $0.lowercased() == word }) { return ImportColumns.mapping(of: exact, in: columns) }
        }
        for word in words {
            if let partial = columns.firstIndex(where: { $0.lowercased().contains(word) }) { return ImportColumns.mapping(of: partial, in: columns) }
        }
        return nil
    }
}

extension ImportSettings {
    /// Settings from a form that did not validate, keeping what can be read, so the preview still shows rows.
    static func lenient(_ input: FormInput, format: ImportFormat) -> ImportSettings {
        let header = input.value("header_row").flatMap(Int.init).map { min(max($0, 1), maximumHeaderRow) } ?? 1
        let first = input.value("first_data_row").flatMap(Int.init).flatMap { $0 > header ? $0 : nil }
        var columns: [ImportField: String] = [:]
        for field in ImportField.allCases { if let column = input.value("column_\(field.rawValue)") { columns[field] = column } }
        return ImportSettings(format: format, headerRow: header, firstDataRow: first, columns: columns,
                              timeZone: input.value("time_zone").flatMap { TimeZone(identifier: $0) == nil ? nil : $0 },
                              dateOrder: input.value("date_order").flatMap(DateOrder.init(rawValue:)))
    }
}

import Foundation

/// Reading import settings from a web form or the command line, with errors naming the field.
extension ImportSettings {
    /// Form fields: `format`, `header_row`, `first_data_row`, `source`, `time_zone`, `date_order`, `column_<field>` and
    /// `labels_<score>` (one "Label = number" per line).
    public static func parse(_ input: FormInput) throws(ValidationFailure) -> ImportSettings {
        var reader = FieldReader(input)
        let format = input.value("format") == nil ? .csv : reader.choice("format", "Format", as: ImportFormat.self)
        let headerRow = reader.optionalInt("header_row", "Row with the column names", in: 1...maximumHeaderRow) ?? 1
        let firstDataRow = reader.optionalInt("first_data_row", "First row of answers", in: 2...(maximumHeaderRow + 1))
        let source = input.value("source") == nil ? .survey : reader.choice("source", "Source", as: FeedbackSource.self)
        var columns: [ImportField: String] = [:]
        for field in ImportField.allCases {
            let name = reader.optionalText("column_\(field.rawValue)", field.label, maxLength: 200)
            if !name.isEmpty { columns[field] = name }
        }
        var labels: [ImportField: [String: Int]] = [:], noAnswer: [ImportField: Set<String>] = [:]
        let order = input.value("date_order") == nil ? nil : reader.choice("date_order", "Date order", as: DateOrder.self)
        var errors: [FieldError] = []
        let zone = reader.optionalText("time_zone", "Time zone", maxLength: 64)
        if !zone.isEmpty, zone != "UTC", TimeZone(identifier: zone) == nil {
            errors.append(FieldError(field: "time_zone", message: "“\(zone)” is not a time zone; write a name like Europe/Berlin, America/New_York or UTC."))
        }
        for field in ImportField.scores {
            let text = reader.optionalText("labels_\(field.rawValue)", "\(field.label) labels", maxLength: 4000)
            do { (labels[field], noAnswer[field]) = try parseLabels(text, field: field, formField: "labels_\(field.rawValue)") }
            catch { errors += error.errors }
        }
        if firstDataRow != nil, let firstDataRow, firstDataRow <= headerRow {
            errors.append(FieldError(field: "first_data_row", message: "The first row of answers must come after the row with the column names (row \(headerRow))."))
        }
        // A score-only export (no comment column) imports too; it needs a text or a score column.
        if format == .csv, columns[.text] == nil, ImportField.scores.allSatisfy({ columns[$0] == nil }) {
            errors.append(FieldError(field: "column_text", message: "Choose the column that holds the feedback text, or a score column (NPS, CSAT or CES)."))
        }
        do { try reader.finish() } catch { errors = error.errors + errors }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        return ImportSettings(format: format!, headerRow: headerRow, firstDataRow: firstDataRow, columns: columns, labels: labels, noAnswer: noAnswer,
                              source: source!, timeZone: zone.isEmpty ? nil : zone, dateOrder: order)
    }

    /// "Very satisfied = 5" lines, or "Don't know =" for a label that means no answer; blank lines are skipped.
    static func parseLabels(_ text: String, field: ImportField, formField: String, naming: (Int) -> String? = { _ in nil })
        throws(ValidationFailure) -> (numbers: [String: Int], noAnswer: Set<String>) {
        var numbers: [String: Int] = [:], noAnswer = Set<String>()
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let name = naming(index) ?? "Line \(index + 1) of the \(field.label) labels"
            guard let equals = trimmed.lastIndex(of: "="), !trimmed[..<equals].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationFailure([FieldError(field: formField, message: "\(name) should read “Label = number” (or “Label =” for no answer).")])
            }
            let label = trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.isEmpty { noAnswer.insert(label); continue }
            guard let number = Int(value) else {
                throw ValidationFailure([FieldError(field: formField, message: "\(name) should read “Label = number” (or “Label =” for no answer).")])
            }
            guard field.scale?.contains(number) ?? true else {
                throw ValidationFailure([FieldError(field: formField, message: "\(name) maps to \(number), which is off the scale.")])
            }
            numbers[label] = number
        }
        return (numbers, noAnswer)
    }

    /// Command-line `--map FIELD=COLUMN` and `--label FIELD:LABEL=NUMBER` arguments.
    public static func fromArguments(format: ImportFormat, headerRow: Int, firstDataRow: Int?, maps: [String], labels: [String],
                                     source: FeedbackSource, timeZone: String? = nil, dateOrder: String? = nil) throws(ValidationFailure) -> ImportSettings {
        var input = FormInput(single: ["format": format.rawValue, "header_row": String(headerRow), "source": source.rawValue])
        if let firstDataRow { input.fields["first_data_row"] = [String(firstDataRow)] }
        if let timeZone { input.fields["time_zone"] = [timeZone] }
        if let dateOrder { input.fields["date_order"] = [dateOrder] }
        var errors: [FieldError] = []
        for map in maps {
            guard let equals = map.firstIndex(of: "="), let field = ImportField(rawValue: String(map[..<equals])) else {
                errors.append(FieldError(field: "map", message: "“\(map)” should read FIELD=COLUMN with FIELD one of \(ImportField.allCases.map(\.rawValue).joined(separator: ", "))."))
                continue
            }
            input.fields["column_\(field.rawValue)"] = [String(map[map.index(after: equals)...])]
        }
        for (index, label) in labels.enumerated() {
            guard let colon = label.firstIndex(of: ":"), let field = ImportField(rawValue: String(label[..<colon])), ImportField.scores.contains(field) else {
                errors.append(FieldError(field: "label", message: "--label “\(label)” should read SCORE:LABEL=NUMBER (or SCORE:LABEL= for no answer) with SCORE one of nps, csat, ces."))
                continue
            }
            // Checked one by one so a message names the --label as typed, not a line of the form's text box.
            let name = "--label “\(label)” (the \(Ordinal.of(index + 1)) --label)"
            do { _ = try parseLabels(String(label[label.index(after: colon)...]), field: field, formField: "label", naming: { _ in name }) }
            catch { errors += error.errors; continue }
            let key = "labels_\(field.rawValue)"
            input.fields[key] = [(input.value(key).map { $0 + "\n" } ?? "") + label[label.index(after: colon)...]]
        }
        do { let settings = try parse(input); if errors.isEmpty { return settings } }
        catch { errors += error.errors }
        throw ValidationFailure(errors)
    }
}

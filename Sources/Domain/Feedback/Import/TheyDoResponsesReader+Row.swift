import Foundation

extension TheyDoResponsesReader {
    /// One response as a row, or its refusal naming the property at fault.
    func row(_ index: Int, line: Int, _ value: [UInt8], fields: TheyDoResponseFields) -> Row {
        let path = "responses[\(index)]"
        do {
            let (id, time, answers) = try Self.response(value, fields: fields, at: path)
            return Row(line: line, values: values(id: id, time: time, answers: answers, fields: fields)
                .reduce(into: [:]) { result, entry in result[entry.key] = (entry.value.column, entry.value.text) })
        } catch {
            return Row(line: line, values: [:], refusal: (error.property, error.reason + "."))
        }
    }

    private func values(id: String, time: String, answers: [String: String], fields: TheyDoResponseFields)
        -> [ImportField: (column: String, text: String)] {
        var values: [ImportField: (column: String, text: String)] = [
            .externalID: ("responseId", fields.id + "/" + id), .date: ("responseDateTime", time),
        ]
        if let mapped = settings.column(.text), !mapped.isEmpty {
            if let text = answers[mapped] { values[.text] = (mapped, text) }
        } else {
            let texts = fields.fields.filter { $0.type == .text }.compactMap { answers[$0.id] }.filter { !$0.isEmpty }
            if !texts.isEmpty { values[.text] = (texts.count == 1 ? "textValue" : "TEXT fields", texts.joined(separator: "\n\n")) }
        }
        for field in ImportField.allCases where ![.text, .date, .externalID].contains(field) {
            guard let name = settings.column(field), !name.isEmpty else { continue }
            if let text = answers[name] { values[field] = (name, text) }
        }
        if settings.column(.segment)?.isEmpty ?? true, let persona = fields.persona, let text = answers[persona.id] {
            values[.segment] = (persona.id, text)
        }
        return values
    }

    /// A response's id, time and answers by fieldId, checked as TheyDo's schema and its rules 6 and 7 check them,
    /// and every required field answered with something.
    static func response(_ value: [UInt8], fields: TheyDoResponseFields, at path: String) throws(TheyDoProblem)
        -> (id: String, time: String, answers: [String: String]) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(value))) as? [String: Any] else {
            throw TheyDoProblem(path, "is not a valid JSON object")
        }
        try TheyDoProblem.refuseUnknown(object, allowed: ["responseId", "responseDateTime", "responseFields"], at: path)
        let id = try TheyDoProblem.string(object, "responseId", at: path)
        let time = try TheyDoProblem.string(object, "responseDateTime", at: path)
        guard ImportDateReader.isUTCMoment(time) else {
            throw TheyDoProblem("\(path).responseDateTime", "“\(time)” must be an ISO 8601 time in UTC ending in Z, such as 2026-01-01T09:15:30Z")
        }
        guard let list = object["responseFields"] as? [Any] else { throw TheyDoProblem("\(path).responseFields", "is required, as a list") }
        var answers: [String: String] = [:]
        for (index, element) in list.enumerated() {
            let at = "\(path).responseFields[\(index)]"
            guard let answer = element as? [String: Any] else { throw TheyDoProblem(at, "must be an object") }
            try TheyDoProblem.refuseUnknown(answer, allowed: ["fieldId", "textValue"], at: at)
            let fieldID = try TheyDoProblem.string(answer, "fieldId", at: at)
            let text = try TheyDoProblem.string(answer, "textValue", at: at)
            guard fields.field(fieldID) != nil else { throw TheyDoProblem("\(at).fieldId", "“\(fieldID)” is not a field the metadata declares") }
            guard answers[fieldID] == nil else { throw TheyDoProblem("\(at).fieldId", "“\(fieldID)” is answered twice in this response") }
            answers[fieldID] = text
        }
        if let missing = fields.fields.first(where: { $0.required && (answers[$0.id] ?? "").isEmpty }) {
            throw TheyDoProblem("\(path).responseFields", "the required field “\(missing.id)” has no value")
        }
        return (id, time, answers.filter { fields.field($0.key)?.type != .ignore })
    }
}

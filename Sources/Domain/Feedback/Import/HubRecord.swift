import Foundation

/// One Formbricks Hub feedback record, checked against the Hub's own schema (its `openapi.yaml`): the
/// properties it allows (those a record is created with and those the Hub adds when it returns one), the
/// five it requires, the field types, the value property each type carries, no NUL anywhere, and the
/// scale of NPS (0–10), CSAT (1–5) and CES (1–7) answers.
struct HubRecord: Sendable {
    let tenantID: String
    let submissionID: String
    let fieldID: String
    let fieldType: String
    let sourceType: String
    let sourceName: String?
    let collectedAt: String?
    let text: String?
    let number: Int?
    let metadata: [String: String]

    static let allowed: Set<String> = [
        "collected_at", "field_id", "field_label", "field_group_id", "field_group_label", "field_type", "language", "metadata", "source_id",
        "source_name", "source_type", "submission_id", "tenant_id", "user_id", "value_boolean", "value_date", "value_number", "value_text",
        "value_id", "id", "created_at", "updated_at", "sentiment", "sentiment_score", "emotions", "translation_lang_key", "value_text_translated",
    ]
    static let required = ["tenant_id", "submission_id", "source_type", "field_id", "field_type"]
    static let fieldTypes = ["text", "categorical", "nps", "csat", "ces", "rating", "number", "boolean", "date"]
    /// Where each field type carries its answer.
    static func valueProperty(_ type: String) -> String {
        switch type {
        case "text", "categorical": "value_text"
        case "boolean": "value_boolean"
        case "date": "value_date"
        default: "value_number"
        }
    }

    /// A property at fault (as `data[3].field_type` inside a list envelope) and why.
    struct Problem: Error, Sendable, Equatable {
        let property: String
        let reason: String
    }

    init(_ record: [String: Any], at prefix: String) throws(Problem) {
        func problem(_ property: String, _ reason: String) -> Problem { Problem(property: prefix + property, reason: reason) }
        if let unknown = record.keys.sorted().first(where: { !Self.allowed.contains($0) }) {
            throw problem(unknown, "“\(unknown)” is not a property of a Hub feedback record.")
        }
        if let key = Self.firstNUL(in: record) { throw problem(key, "it holds a NUL character, which the Hub refuses.") }
        var fields: [String: String] = [:]
        for name in Self.required {
            guard let value = record[name] as? String, !value.isEmpty else { throw problem(name, "“\(name)” is required, as text.") }
            guard value.count <= 255 else { throw problem(name, "“\(name)” is longer than 255 characters.") }
            fields[name] = value
        }
        let type = fields["field_type"]!
        guard Self.fieldTypes.contains(type) else {
            throw problem("field_type", "“\(type)” is not a Hub field type (\(Self.fieldTypes.joined(separator: ", "))).")
        }
        (tenantID, submissionID, fieldID, fieldType, sourceType) = (fields["tenant_id"]!, fields["submission_id"]!, fields["field_id"]!, type,
                                                                    fields["source_type"]!)
        sourceName = record["source_name"] as? String
        metadata = (record["metadata"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
        collectedAt = try Self.moment(record["collected_at"], "collected_at", problem)
        _ = try Self.moment(record["value_date"], "value_date", problem)
        try Self.checkValueProperties(record, type: type, problem)
        text = record["value_text"] as? String
        number = try Self.scaled(record["value_number"], type: type, problem)
    }

    /// The answer sits in the property its type names, and in no other value property.
    private static func checkValueProperties(_ record: [String: Any], type: String, _ problem: (String, String) -> Problem) throws(Problem) {
        let own = valueProperty(type)
        for property in ["value_text", "value_number", "value_boolean", "value_date"] where property != own {
            if let value = record[property], !(value is NSNull) { throw problem(property, "a \(type) record carries its answer in \(own), not \(property).") }
        }
        guard let value = record[own], !(value is NSNull) else { return }
        let fits = switch own {
        case "value_text", "value_date": value is String
        case "value_boolean": isBoolean(value)
        default: value is NSNumber && !isBoolean(value)
        }
        if !fits { throw problem(own, "\(own) of a \(type) record must be \(own == "value_number" ? "a number" : own == "value_boolean" ? "true or false" : "text").") }
    }

    /// JSON's true and false, which JSONSerialization hands over as numbers of their own class (and `is Bool` holds for 1 too).
    static func isBoolean(_ value: Any) -> Bool { String(describing: type(of: value)) == "__NSCFBoolean" }

    /// The whole number an NPS, CSAT or CES answer must be, on its scale; nil for other types.
    private static func scaled(_ value: Any?, type: String, _ problem: (String, String) -> Problem) throws(Problem) -> Int? {
        let scales: [String: ClosedRange<Int>] = ["nps": FeedbackItem.npsScale, "csat": FeedbackItem.csatScale, "ces": FeedbackItem.cesScale]
        guard let scale = scales[type], let value, !isBoolean(value), let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double.rounded() == double, let whole = Int(exactly: double), scale.contains(whole) else {
            throw problem("value_number", "\(type.uppercased()) answers are whole numbers \(scale.lowerBound)–\(scale.upperBound); \(number) is not.")
        }
        return whole
    }

    private static func moment(_ value: Any?, _ property: String, _ problem: (String, String) -> Problem) throws(Problem) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        guard let text = value as? String, case .success(let read) = ImportDateReader.read(text, order: nil, zone: TimeZone(identifier: "UTC")!),
              read.moment != nil else {
            throw problem(property, "\(property) must be a date-time such as 2026-03-01T10:22:33Z.")
        }
        return text
    }

    private static func firstNUL(in value: Any, path: String = "") -> String? {
        if let text = value as? String { return text.utf8.contains(0) ? path : nil }
        if let object = value as? [String: Any] {
            for (key, inner) in object.sorted(by: { $0.key < $1.key }) {
                if key.utf8.contains(0) { return path.isEmpty ? "metadata" : path }
                if let found = firstNUL(in: inner, path: path.isEmpty ? key : path + "." + key) { return found }
            }
        }
        return nil
    }
}

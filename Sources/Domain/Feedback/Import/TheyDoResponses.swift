import Foundation

/// The two TheyDo response formats (theydo/theydo-s3-integrations, `SurveyResponsesFile.schema.json` and
/// `FeedbackResponsesFile.schema.json`): alike but for the names of the metadata and its properties.
public enum TheyDoResponsesKind: String, Sendable, CaseIterable {
    case survey, feedback

    public var format: String { self == .survey ? "THEYDO_SURVEY_RESPONSES_V1" : "THEYDO_FEEDBACK_RESPONSES_V1" }
    var metadataKey: String { rawValue + "Metadata" }
    var nameKey: String { rawValue + "Name" }
    var idKey: String { rawValue + "Id" }
    var fieldsKey: String { rawValue + "Fields" }

    init?(metadataKey: String) {
        guard let kind = Self.allCases.first(where: { $0.metadataKey == metadataKey }) else { return nil }
        self = kind
    }
}

/// A TheyDo file's metadata: the survey (or feedback source) and the fields its responses answer,
/// checked as TheyDo's `test-format` checks them (the schema and its rules 3–5).
struct TheyDoResponseFields: Sendable {
    enum FieldType: String, Sendable, CaseIterable {
        case text = "TEXT", tagGroup = "TAG_GROUP", persona = "PERSONA", ignore = "IGNORE"
    }

    struct Field: Sendable {
        let id: String
        let name: String
        let type: FieldType
        let required: Bool
    }

    let kind: TheyDoResponsesKind
    let name: String
    let id: String
    let fields: [Field]

    var persona: Field? { fields.first { $0.type == .persona } }
    func field(_ id: String) -> Field? { fields.first { $0.id == id } }

    /// Reads the metadata object, naming the property at fault.
    init(_ object: Any, kind: TheyDoResponsesKind) throws(TheyDoProblem) {
        let path = kind.metadataKey
        guard let metadata = object as? [String: Any] else { throw TheyDoProblem(path, "must be an object") }
        try TheyDoProblem.refuseUnknown(metadata, allowed: [kind.nameKey, kind.idKey, kind.fieldsKey, "convertAllRowsToQuotes"], at: path)
        self.kind = kind
        name = try TheyDoProblem.string(metadata, kind.nameKey, at: path)
        id = try TheyDoProblem.string(metadata, kind.idKey, at: path)
        if let convert = metadata["convertAllRowsToQuotes"], !HubRecord.isBoolean(convert) {
            throw TheyDoProblem("\(path).convertAllRowsToQuotes", "must be true or false")
        }
        guard let list = metadata[kind.fieldsKey] as? [Any] else { throw TheyDoProblem("\(path).\(kind.fieldsKey)", "is required, as a list of fields") }
        var fields: [Field] = []
        for (index, element) in list.enumerated() {
            let field = try Self.field(element, at: "\(path).\(kind.fieldsKey)[\(index)]")
            if fields.contains(where: { $0.id == field.id }) {
                throw TheyDoProblem("\(path).\(kind.fieldsKey)[\(index)].fieldId", "“\(field.id)” is declared twice; each fieldId must be unique")
            }
            if field.type == .persona, fields.contains(where: { $0.type == .persona }) {
                throw TheyDoProblem("\(path).\(kind.fieldsKey)[\(index)].fieldType", "only one field may be PERSONA")
            }
            fields.append(field)
        }
        self.fields = fields
    }

    private static func field(_ element: Any, at path: String) throws(TheyDoProblem) -> Field {
        guard let object = element as? [String: Any] else { throw TheyDoProblem(path, "must be an object") }
        try TheyDoProblem.refuseUnknown(object, allowed: ["fieldId", "fieldName", "fieldType", "tagGroupTitle", "required"], at: path)
        let id = try TheyDoProblem.string(object, "fieldId", at: path)
        let name = try TheyDoProblem.string(object, "fieldName", at: path)
        if name.isEmpty { throw TheyDoProblem("\(path).fieldName", "must not be empty") }
        var type = FieldType.text
        if let raw = object["fieldType"] {
            guard let text = raw as? String, let parsed = FieldType(rawValue: text) else {
                throw TheyDoProblem("\(path).fieldType", "must be one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            type = parsed
        }
        if let title = object["tagGroupTitle"] {
            guard let text = title as? String, (1...200).contains(text.count) else { throw TheyDoProblem("\(path).tagGroupTitle", "must be text of 1 to 200 characters") }
        } else if type == .tagGroup {
            throw TheyDoProblem("\(path).tagGroupTitle", "is required for a TAG_GROUP field")
        }
        guard let required = object["required"], HubRecord.isBoolean(required) else { throw TheyDoProblem("\(path).required", "is required, as true or false") }
        return Field(id: id, name: name, type: type, required: (required as? Bool) ?? false)
    }
}

/// A property of a TheyDo file at fault (`responses[3].responseFields[1].fieldId`) and why.
struct TheyDoProblem: Error, Sendable, Equatable {
    let property: String
    let reason: String

    init(_ property: String, _ reason: String) {
        self.property = property
        self.reason = reason
    }

    static func string(_ object: [String: Any], _ key: String, at path: String) throws(TheyDoProblem) -> String {
        guard let value = object[key] as? String else { throw TheyDoProblem("\(path).\(key)", "is required, as text") }
        return value
    }

    static func refuseUnknown(_ object: [String: Any], allowed: Set<String>, at path: String) throws(TheyDoProblem) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw TheyDoProblem("\(path).\(unknown)", "“\(unknown)” is not a property TheyDo's format defines here")
        }
    }
}

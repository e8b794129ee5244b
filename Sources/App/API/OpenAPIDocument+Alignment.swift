import Domain
import Web

/// The alignment index in the API.
extension OpenAPIDocument {
    static let alignmentIndexSchema: JSONDocument = [
        "type": "object", "required": ["month", "coverage", "formula", "computed_at", "components", "history"],
        "properties": [
            "month": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"], "value": ["type": ["integer", "null"], "minimum": 0, "maximum": 100],
            "coverage": ["type": "integer", "minimum": 0, "maximum": 100], "formula": APISchemas.text,
            "computed_at": ["type": "string", "format": "date-time"],
            "components": ["type": "array", "items": ["type": "object",
                "required": ["key", "area", "label", "weight", "sample", "detail", "formula", "url"],
                "properties": ["key": ["type": "string", "enum": .array(AlignmentMeasure.allCases.map { .string($0.rawValue) })],
                               "area": ["type": "string", "enum": .array(AlignmentArea.allCases.map { .string($0.rawValue) })],
                               "label": APISchemas.text, "weight": ["type": "integer"], "value": ["type": ["number", "null"]],
                               "sample": ["type": "integer", "minimum": 0], "detail": APISchemas.text, "formula": APISchemas.text, "url": APISchemas.text]]],
            "history": ["type": "array", "items": ["type": "object", "required": ["month"],
                                                   "properties": ["month": APISchemas.text, "value": ["type": ["integer", "null"]]]]],
        ],
    ]

    static var teamIndexSchema: JSONDocument {
        guard case .object(let pairs) = alignmentIndexSchema, let properties = pairs.first(where: { $0.0 == "properties" })?.1,
              case .object(let fields) = properties, let components = fields.first(where: { $0.0 == "components" })?.1 else { return [:] }
        return [
            "type": "object", "required": ["by", "page", "per", "total", "items"],
            "properties": ["by": ["type": "string", "enum": ["team", "journey"]], "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
                           "items": ["type": "array", "items": ["type": "object", "required": ["id", "name", "coverage", "components"],
                               "properties": ["id": APISchemas.uuid, "name": APISchemas.text, "value": ["type": ["integer", "null"]],
                                              "coverage": ["type": "integer"], "components": components]]]],
        ]
    }

    static var alignmentPaths: [(String, JSONDocument)] {
        let org = pathParameter("org")
        let query: [JSONDocument] = [
            ["name": "by", "in": "query", "required": false, "schema": ["type": "string", "enum": ["team", "journey"]],
             "description": "team or journey: each one's index, a page at a time; left out: the organization's."],
            queryParameter("page", integer: true), queryParameter("per", integer: true),
        ]
        return [
            (SiteURL.api(.key, .alignmentIndex).openAPIPath, .object([
                ("get", operation("This month's alignment index (0–100, kept the first time it is asked for and by the monthly job): each component with its area, weight, value, sample, counts, formula and the records behind it, and the months before; with by=team or by=journey, each one's",
                                  parameters: [org] + query, success: ("200", ["oneOf": [alignmentIndexSchema, teamIndexSchema]]), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .alignmentRecompute).openAPIPath, .object([
                ("post", operation("Compute this month's index again and keep it in place of the one stored (administrators and CX leads)",
                                   parameters: [org], success: ("200", alignmentIndexSchema), problems: [401, 403, 404])),
            ])),
        ]
    }
}

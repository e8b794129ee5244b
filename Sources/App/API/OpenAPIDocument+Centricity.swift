import Domain
import Web

/// The customer-centricity level chosen against the level assessed, and adding Align's model.
extension OpenAPIDocument {
    static var centricityPaths: [(String, JSONDocument)] {
        let integer: JSONDocument = ["type": "integer"], number: JSONDocument = ["type": "number"]
        let nullableInteger: JSONDocument = ["type": ["integer", "null"]], nullableNumber: JSONDocument = ["type": ["number", "null"]]
        let round: JSONDocument = ["type": "object", "required": ["month", "median", "lowest", "highest", "assessors", "levels"],
                                   "properties": ["month": APISchemas.text, "median": number, "lowest": integer, "highest": integer, "assessors": integer,
                                                  "levels": ["type": "array", "items": integer]]]
        let check: JSONDocument = ["type": "object", "required": ["level", "description", "figure", "met"],
                                   "properties": ["level": integer, "description": APISchemas.text, "figure": APISchemas.text, "met": ["type": "boolean"]]]
        let linked: JSONDocument = ["type": "object", "required": ["kind", "id"],
                                    "properties": ["kind": ["type": "string", "enum": ["initiative", "kpi", "commitment"]], "id": APISchemas.uuid]]
        let competency: JSONDocument = [
            "type": "object",
            "required": ["id", "key", "name", "assessors", "contradicts_evidence", "history", "evidence", "closing"],
            "properties": ["id": APISchemas.uuid, "key": APISchemas.text, "name": APISchemas.text, "target_level": nullableInteger,
                           "target_reason": ["type": ["string", "null"]], "assessed_level": nullableNumber, "lowest": nullableInteger,
                           "highest": nullableInteger, "assessors": integer, "gap": nullableNumber, "supported_level": nullableInteger,
                           "contradicts_evidence": ["type": "boolean"], "history": ["type": "array", "items": round],
                           "evidence": ["type": "array", "items": check], "closing": ["type": "array", "items": linked]],
        ]
        let report: JSONDocument = ["type": "object", "required": ["competencies", "missing_built_in"],
                                    "properties": ["competencies": ["type": "array", "items": competency],
                                                   "missing_built_in": ["type": "array", "items": APISchemas.text]]]
        let added: JSONDocument = ["type": "object", "required": ["added"], "properties": ["added": integer]]
        return [
            (SiteURL.api(.key, .centricity).openAPIPath, .object([
                ("get", operation("Per competency: the target level and why, the assessed level (median of each assessor's latest) with its spread, the gap, its history, the evidence in Align's records and what is linked to closing it",
                                  parameters: [pathParameter("org")], success: ("200", report), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .centricityBuiltIn).openAPIPath, .object([
                ("post", operation("Add Align's competencies the organization does not hold yet (by key); answers how many were added",
                                   parameters: [pathParameter("org")], success: ("200", added), problems: [401, 403, 404])),
            ])),
        ]
    }
}

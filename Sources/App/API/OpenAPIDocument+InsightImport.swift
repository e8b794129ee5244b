import Domain
import Web

/// Friction points from a TheyDo insights file.
extension OpenAPIDocument {
    static var insightImportPaths: [(String, JSONDocument)] {
        let query: [JSONDocument] = [
            ["name": "journey_id", "in": "query", "required": true, "schema": APISchemas.uuid,
             "description": "The journey whose touchpoints the insights are about."],
            ["name": "default_touchpoint_id", "in": "query", "required": false, "schema": APISchemas.uuid,
             "description": "For insights without a Touchpoint tag naming one of the journey's touchpoints; without it such insights are refused."],
            ["name": "kind", "in": "query", "required": false, "schema": APISchemas.choice(FrictionKind.self),
             "description": "For insights whose type is not a kind of friction (default effort)."],
            ["name": "check_only", "in": "query", "required": false, "schema": ["type": "string", "enum": ["true", "false"]],
             "description": "true: check the file and say what it would do, storing nothing."],
        ]
        let outcome: JSONDocument = [
            "type": "object", "required": ["created", "updated", "unchanged", "notes", "checked_only"],
            "properties": ["created": ["type": "integer"], "updated": ["type": "integer"], "unchanged": ["type": "integer"],
                           "notes": ["type": "array", "items": APISchemas.text], "checked_only": ["type": "boolean"]],
        ]
        var post = operation("Import a TheyDo insights file (THEYDO_INSIGHTS_V1, the request body) as friction points of one journey, "
                             + "all or nothing, idempotent by importKey (administrators and CX leads)",
                             parameters: [pathParameter("org")] + query, success: ("200", outcome), problems: [400, 401, 403, 404, 413, 422])
        if case .object(var pairs) = post {
            pairs.insert(("requestBody", ["required": true, "content": ["application/json": ["schema": ["type": "object"]]]]), at: 2)
            post = .object(pairs)
        }
        return [(SiteURL.api(.key, .insightImport).openAPIPath, .object([("post", post)]))]
    }
}

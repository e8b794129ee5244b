import Domain
import Web

/// The Legitimize part of the API: ranked views and the links people decide.
extension OpenAPIDocument {
    static let legitimizeEntrySchema: JSONDocument = [
        "type": "object", "required": ["rank", "kind", "title", "items", "priority", "components", "open_proposals"],
        "properties": ["rank": ["type": "integer"], "kind": ["type": "string", "enum": ["friction", "theme", "unthemed"]],
                       "friction_id": APISchemas.uuid, "theme": APISchemas.text, "title": APISchemas.text, "severity": ["type": "integer"],
                       "status": APISchemas.choice(FrictionStatus.self), "items": ["type": "integer"], "priority": ["type": "number"],
                       "open_proposals": ["type": "integer"],
                       "components": ["type": "object", "required": ["frequency", "severity", "customer_priority", "value_tier", "recency"],
                                      "properties": ["frequency": ["type": "number"], "severity": ["type": "number"],
                                                     "customer_priority": ["type": "number"], "value_tier": ["type": "number"],
                                                     "recency": ["type": "number"]]]],
    ]

    static let frictionLinkSchema: JSONDocument = [
        "type": "object", "required": ["id", "status", "friction_id", "friction_text", "similarity", "shared_words"],
        "properties": ["id": APISchemas.uuid, "status": APISchemas.choice(LinkStatus.self), "friction_id": APISchemas.uuid,
                       "friction_text": APISchemas.text, "feedback_id": APISchemas.uuid, "feedback_text": APISchemas.text,
                       "theme": APISchemas.text, "via_theme": APISchemas.text, "similarity": ["type": "number"],
                       "shared_words": ["type": "array", "items": APISchemas.text], "decided_by": APISchemas.text,
                       "decided_at": ["type": "string", "format": "date-time"]],
    ]

    static var legitimizePaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let view: JSONDocument = ["name": "view", "in": "query", "required": false, "schema": APISchemas.choice(LegitimizeView.self)]
        let filters: [JSONDocument] = [
            ["name": "status", "in": "query", "required": false, "schema": APISchemas.choice(LinkStatus.self)],
            ["name": "friction_id", "in": "query", "required": false, "schema": APISchemas.uuid],
            ["name": "subject", "in": "query", "required": false, "schema": ["type": "string", "enum": ["item", "theme"]]],
            queryParameter("page", integer: true), queryParameter("per", integer: true),
        ]
        let board: JSONDocument = ["type": "object", "required": ["view", "formula", "entries"],
                                   "properties": ["view": APISchemas.choice(LegitimizeView.self), "formula": APISchemas.text,
                                                  "entries": ["type": "array", "items": legitimizeEntrySchema]]]
        let outcome: JSONDocument = ["type": "object", "required": ["proposed", "compared", "decided"],
                                     "properties": ["proposed": ["type": "integer"], "compared": ["type": "integer"], "decided": ["type": "integer"]]]
        let decision: JSONDocument = ["type": "object", "required": ["status"], "properties": ["status": APISchemas.choice(LinkStatus.self)]]
        return [
            (SiteURL.api(.key, .legitimize).openAPIPath, .object([
                ("get", operation("Confirmed frictions, blind spots or unvalidated frictions, highest priority first, with the priority's parts",
                                  parameters: [org, view], success: ("200", board), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .frictionLinks).openAPIPath, .object([
                ("get", operation("Links between feedback (items and themes) and frictions, closest first", parameters: [org] + filters,
                                  success: ("200", paged(frictionLinkSchema)), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .proposeFrictionLinks).openAPIPath, .object([
                ("post", operation("Propose links afresh from all feedback, keeping decisions (administrators and CX leads)", parameters: [org],
                                   success: ("200", outcome), problems: [401, 403, 404])),
            ])),
            (SiteURL.api(.key, .frictionLink(.key)).openAPIPath, .object([
                ("patch", operation("Confirm, reject or return a link to proposed (administrators and CX leads)", parameters: [org, id],
                                    body: decision, success: ("200", frictionLinkSchema), problems: [400, 401, 403, 404, 422])),
            ])),
        ]
    }
}

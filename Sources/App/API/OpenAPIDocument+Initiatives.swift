import Domain
import Web

/// Moving initiatives, their history and the board, in the API.
extension OpenAPIDocument {
    static let initiativeCardSchema: JSONDocument = [
        "type": "object", "required": ["id", "title", "url", "status", "owner", "due_date", "overdue", "open_needs", "frictions"],
        "properties": ["id": APISchemas.uuid, "title": APISchemas.text, "url": APISchemas.text, "status": APISchemas.choice(InitiativeStatus.self),
                       "owner": APISchemas.text, "due_date": APISchemas.date, "overdue": ["type": "boolean"],
                       "open_needs": ["type": "integer", "minimum": 0], "frictions": ["type": "integer", "minimum": 0]],
    ]

    static let effectEstimateSchema: JSONDocument = [
        "type": ["object", "null"], "required": ["value", "margin", "count"],
        "properties": ["value": ["type": "number"], "margin": ["type": "number"], "count": ["type": "integer", "minimum": 1]],
    ]

    static let effectMeasureSchema: JSONDocument = [
        "type": "object", "required": ["name", "clear"],
        "properties": ["name": APISchemas.text, "before": effectEstimateSchema, "after": effectEstimateSchema,
                       "change": ["type": ["number", "null"]], "clear": ["type": "boolean"]],
    ]

    static var initiativePaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        return [
            (SiteURL.api(.key, .recordStep(.initiatives, .key, .status)).openAPIPath, .object([
                ("post", operation("Move one step along proposed → approved → in progress → done → verified (or one step back before done). Done applies its changes and addresses its frictions; verified queues closing-the-loop notes. Done with open capability needs requires a reason.",
                                   parameters: [org, id],
                                   body: ["type": "object", "required": ["status"],
                                          "properties": ["status": APISchemas.choice(InitiativeStatus.self), "reason": APISchemas.text(max: 2000)]],
                                   success: ("200", ["type": "object", "required": ["initiative", "applied_changes", "addressed_frictions", "queued_closing_notes"],
                                                     "properties": ["initiative": ref("Initiatives"), "applied_changes": ["type": "integer"],
                                                                    "addressed_frictions": ["type": "integer"], "queued_closing_notes": ["type": "integer"]]]),
                                   problems: [400, 401, 403, 404, 422])),
            ])),
            (SiteURL.api(.key, .recordStep(.initiatives, .key, .history)).openAPIPath, .object([
                ("get", operation("Every status move: from, to, who, when, the reason given", parameters: [org, id],
                                  success: ("200", ["type": "array", "items": ["type": "object", "required": ["from", "to", "by", "at", "note"],
                                                                               "properties": ["from": APISchemas.text, "to": APISchemas.text, "by": APISchemas.text,
                                                                                              "at": ["type": "string", "format": "date-time"], "note": APISchemas.text]]]),
                                  problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .recordStep(.initiatives, .key, .effect)).openAPIPath, .object([
                ("get", operation("Was it felt outside? NPS, CSAT %, CES mean and sentiment on its touchpoints for the 90 days before it was done and after, with counts and 95% margins; clear = the change exceeds both margins together. 409 before it is done.",
                                  parameters: [org, id],
                                  success: ("200", ["type": "object", "required": ["touchpoint_ids", "before", "after", "measures"],
                                                    "properties": ["touchpoint_ids": APISchemas.uuids,
                                                                   "before": ["type": "array", "items": APISchemas.date], "after": ["type": "array", "items": APISchemas.date],
                                                                   "measures": ["type": "array", "items": effectMeasureSchema]]]),
                                  problems: [401, 404, 409])),
            ])),
            (SiteURL.api(.key, .fatigue).openAPIPath, .object([
                ("get", operation("Change fatigue: each touchpoint, or segment of the customers who use it, with more process changes than the organization's limit within its window, most changes first",
                                  parameters: [org],
                                  success: ("200", ["type": "array", "items": ["type": "object",
                                      "required": ["count", "since", "limit", "window_days", "change_ids", "message"],
                                      "properties": ["touchpoint_id": APISchemas.uuid, "segment": APISchemas.text, "count": ["type": "integer"],
                                                     "since": APISchemas.date, "limit": ["type": "integer"], "window_days": ["type": "integer"],
                                                     "change_ids": APISchemas.uuids, "message": APISchemas.text]]]),
                                  problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .board).openAPIPath, .object([
                ("get", operation("Initiatives by status, soonest due first", parameters: [org],
                                  success: ("200", ["type": "object", "required": .array(InitiativeStatus.allCases.map { .string($0.rawValue) }),
                                                    "properties": .object(InitiativeStatus.allCases.map { ($0.rawValue, ["type": "array", "items": initiativeCardSchema]) })]),
                                  problems: [401, 404])),
            ])),
        ]
    }
}

import Domain
import Web

/// A planned change's impact, acknowledging, launching and cancelling it, in the API.
extension OpenAPIDocument {
    private static let namedSchema: JSONDocument = [
        "type": "object", "required": ["kind", "id", "name"],
        "properties": ["kind": APISchemas.text, "id": APISchemas.uuid, "name": APISchemas.text],
    ]

    private static let reachedSchema: JSONDocument = [
        "type": "object", "required": ["id", "name", "level", "reasons"],
        "properties": ["id": APISchemas.uuid, "name": APISchemas.text, "level": levelSchema, "reasons": ["type": "array", "items": APISchemas.text]],
    ]

    private static let levelSchema: JSONDocument = ["type": "string", "enum": ["low", "medium", "high"]]

    private static let partySchema: JSONDocument = [
        "type": "object", "required": ["kind", "id", "name", "level", "through", "gaps", "asked"],
        "properties": [
            "kind": ["type": "string", "enum": ["team", "person"]], "id": APISchemas.uuid, "name": APISchemas.text, "level": levelSchema,
            "through": ["type": "array", "items": namedSchema],
            "gaps": ["type": "array", "items": ["type": "object", "required": ["subject", "today", "tomorrow"],
                                                "properties": ["subject": namedSchema, "today": APISchemas.text, "tomorrow": APISchemas.text]]],
            "asked": ["type": "array", "items": APISchemas.text],
            "acknowledged": ["type": ["object", "null"], "required": ["by", "at"],
                             "properties": ["by": APISchemas.text, "at": ["type": "string", "format": "date-time"]]],
        ],
    ]

    static let changeImpactSchema: JSONDocument = [
        "type": "object", "required": ["change", "alters", "parties", "acknowledged", "to_acknowledge", "capacity_warnings", "touchpoints", "handoffs",
                                       "people", "customers"],
        "properties": [
            "change": ref("Changes"), "alters": ["type": "array", "items": namedSchema], "parties": ["type": "array", "items": partySchema],
            "acknowledged": ["type": "integer", "minimum": 0], "to_acknowledge": ["type": "integer", "minimum": 0],
            "capacity_warnings": ["type": "array", "items": warningSchema],
            "touchpoints": ["type": "array", "items": reachedSchema], "handoffs": ["type": "array", "items": reachedSchema],
            "people": ["type": "array", "items": ["type": "object", "required": ["team_id", "team", "count", "names"],
                                                  "properties": ["team_id": APISchemas.uuid, "team": APISchemas.text, "count": ["type": "integer"],
                                                                 "names": ["type": "array", "items": APISchemas.text]]]],
            "customers": ["type": "object", "required": ["since", "count", "segments", "top"],
                          "properties": ["since": APISchemas.date, "count": ["type": "integer", "minimum": 0],
                                         "segments": ["type": "array", "items": ["type": "object", "required": ["segment", "customers"],
                                                                                  "properties": ["segment": APISchemas.text, "customers": ["type": "integer"]]]],
                                         "top": ["type": "array", "items": ["type": "object", "required": ["id", "name", "items"],
                                                                             "properties": ["id": APISchemas.uuid, "name": APISchemas.text,
                                                                                            "items": ["type": "integer"]]]]]],
        ],
    ]

    private static let warningSchema: JSONDocument = [
        "type": "object", "required": ["team_id", "month", "load", "limit"],
        "properties": ["team_id": APISchemas.uuid, "month": monthSchema, "load": ["type": "integer"], "limit": ["type": "integer"]],
    ]

    private static let monthSchema: JSONDocument = ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"]

    static let changeLoadSchema: JSONDocument = [
        "type": "object", "required": ["months", "limit", "teams", "warnings", "page", "per", "total", "total_warnings"],
        "properties": [
            "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"], "total_warnings": ["type": "integer"],
            "months": ["type": "array", "items": monthSchema], "limit": ["type": "integer", "minimum": 1],
            "teams": ["type": "array", "items": ["type": "object", "required": ["team_id", "team", "months"],
                "properties": ["team_id": APISchemas.uuid, "team": APISchemas.text,
                               "months": ["type": "array", "items": ["type": "object", "required": ["month", "load", "change_ids"],
                                   "properties": ["month": monthSchema, "load": ["type": "integer"], "change_ids": APISchemas.uuids]]]]]],
            "warnings": ["type": "array", "items": warningSchema],
        ],
    ]

    static var changePaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        return changeLoadPaths + [
            (SiteURL.api(.key, .recordStep(.changes, .key, .impact)).openAPIPath, .object([
                ("get", operation("Everyone and everything the change touches, derived from the journey graph: touchpoints, handoffs, teams and people with their impact level and why, what each does today and tomorrow, who is asked to acknowledge and who has, the people of the affected teams and the customers heard on its touchpoints in the last 90 days",
                                  parameters: [org, id], success: ("200", changeImpactSchema), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .recordStep(.changes, .key, .acknowledge)).openAPIPath, .object([
                ("post", operation("Acknowledge the change for an affected team (its leads, administrators, CX leads) or person (themselves); again changes nothing. Answers the impact.",
                                   parameters: [org, id],
                                   body: ["type": "object", "required": ["party"],
                                          "properties": ["party": ["type": "string", "pattern": "^(team|person):[0-9A-Fa-f-]{36}$"]]],
                                   success: ("200", changeImpactSchema), problems: [400, 401, 403, 404, 409, 422])),
            ])),
            (SiteURL.api(.key, .recordStep(.changes, .key, .launch)).openAPIPath, .object([
                ("post", operation("Launch a planned change. While some it touches have not acknowledged it, a reason is required (422 without one) and kept with it.",
                                   parameters: [org, id], body: ["type": "object", "properties": ["reason": APISchemas.text(max: 2000)]],
                                   success: ("200", ref("Changes")), problems: [400, 401, 403, 404, 409, 422])),
            ])),
            (SiteURL.api(.key, .recordStep(.changes, .key, .notes)).openAPIPath, .object([
                ("post", operation("Draft a “what is changing” note (a change-notes record) for every customer heard on the touchpoints the change reaches in the last 90 days who has none yet, at most 500 at once",
                                   parameters: [org, id],
                                   success: ("200", ["type": "object", "required": ["drafted", "already", "remaining"],
                                                     "properties": ["drafted": ["type": "integer"], "already": ["type": "integer"], "remaining": ["type": "integer"]]]),
                                   problems: [401, 403, 404, 409])),
            ])),
            (SiteURL.api(.key, .recordStep(.changes, .key, .cancel)).openAPIPath, .object([
                ("post", operation("Cancel a planned change; it stays, marked cancelled.", parameters: [org, id],
                                   success: ("200", ref("Changes")), problems: [401, 403, 404, 409])),
            ])),
        ]
    }

    private static var changeLoadPaths: [(String, JSONDocument)] {
        let org = pathParameter("org")
        let query: [JSONDocument] = [
            ["name": "from", "in": "query", "required": false, "schema": monthSchema, "description": "The first month, YYYY-MM; this month if left out."],
            ["name": "months", "in": "query", "required": false, "schema": APISchemas.integer(1...24)],
            queryParameter("page", integer: true), queryParameter("per", integer: true),
        ]
        return [
            (SiteURL.api(.key, .changeLoad).openAPIPath, .object([
                ("get", operation("A page of teams (25 unless `per` says, at most 100), the most loaded first: each one's weighted change load month by month (high 3, medium 2, low 1) from every change not cancelled, with the changes behind each month, and the months past the organization's limit of the teams on the page (`total_warnings` counts them for every team)",
                                  parameters: [org] + query, success: ("200", changeLoadSchema), problems: [401, 422])),
            ])),
            (SiteURL.api(.key, .changeLoadLimit).openAPIPath, .object([
                ("post", operation("Set the organization's limit on a team's load in a month (administrators and CX leads)", parameters: [org],
                                   body: ["type": "object", "required": ["limit"], "properties": ["limit": APISchemas.integer(1...100)]],
                                   success: ("200", ["type": "object", "required": ["limit"], "properties": ["limit": ["type": "integer"]]]),
                                   problems: [400, 401, 403, 422])),
            ])),
        ]
    }
}

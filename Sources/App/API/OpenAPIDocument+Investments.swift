import Domain
import Web

/// An investment's outlook, and deciding it, in the API.
extension OpenAPIDocument {
    private static let number: JSONDocument = ["type": ["number", "null"]]
    private static let whole: JSONDocument = ["type": ["integer", "null"]]

    private static func objects(_ required: [String], _ properties: JSONDocument) -> JSONDocument {
        ["type": "array", "items": ["type": "object", "required": .array(required.map { .string($0) }), "properties": properties]]
    }

    private static let conflicts = objects(["text", "kpi_ids", "outcome_id"], ["text": APISchemas.text, "kpi_ids": APISchemas.uuids, "outcome_id": APISchemas.uuid])

    static let investmentOutlookSchema: JSONDocument = [
        "type": "object",
        "required": ["investment", "projection", "changes", "initiatives", "frictions", "blind_spots", "conflicts_removed", "conflicts_created",
                     "teams", "load", "customers"],
        "properties": [
            "investment": ref("Investments"),
            "projection": ["type": "object", "required": ["components", "assumptions"], "properties": [
                "today": whole, "projected": whole, "change": whole, "assumptions": ["type": "array", "items": APISchemas.text],
                "components": objects(["measure", "label", "weight", "formula"], ["measure": APISchemas.text, "label": APISchemas.text,
                                      "weight": ["type": "integer"], "today": number, "projected": number, "formula": APISchemas.text]),
            ]],
            "changes": objects(["id", "title", "status"], ["id": APISchemas.uuid, "title": APISchemas.text, "status": APISchemas.text]),
            "initiatives": objects(["id", "title", "status"], ["id": APISchemas.uuid, "title": APISchemas.text, "status": APISchemas.text]),
            "frictions": objects(["id", "description", "status"], ["id": APISchemas.uuid, "description": APISchemas.text, "status": APISchemas.text,
                                                                   "confirmed_items": whole]),
            "blind_spots": objects(["theme"], ["theme": APISchemas.text, "unexplained_items": whole]),
            "conflicts_removed": conflicts, "conflicts_created": conflicts,
            "teams": objects(["name", "four_c", "withheld", "misaligned"], [
                "id": APISchemas.nullableUUID, "name": APISchemas.text, "four_c": ["type": "object", "additionalProperties": ["type": "number"]],
                "withheld": ["type": "array", "items": APISchemas.text], "misaligned": ["type": "array", "items": APISchemas.text]]),
            "load": objects(["team_id", "month", "added", "total", "limit"], ["team_id": APISchemas.uuid, "month": APISchemas.text,
                                                                             "added": ["type": "integer"], "total": ["type": "integer"], "limit": ["type": "integer"]]),
            "customers": ["type": "object", "required": ["since", "count", "segments"], "properties": [
                "since": APISchemas.date, "count": ["type": "integer"], "segments": ["type": "object", "additionalProperties": ["type": "integer"]]]],
            "outcome": ["type": ["object", "null"], "properties": [
                "month": APISchemas.text, "index_at_approval": whole, "projected": whole, "index_now": whole,
                "effects": objects(["initiative_id", "measure", "clear"], ["initiative_id": APISchemas.uuid, "measure": APISchemas.text,
                                                                          "before": number, "after": number, "clear": ["type": "boolean"]])]],
        ],
    ]

    static var investmentPaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let decisions: [(RecordStep, String)] = [
            (.approve, "Approve a proposed investment, keeping the alignment index today and as projected after it (409 unless proposed)"),
            (.reject, "Reject a proposed investment; it stays, marked rejected (409 unless proposed)"),
            (.complete, "Mark an approved investment done: its outlook then sets the projection beside what happened (409 unless approved)"),
        ]
        return [
            (SiteURL.api(.key, .recordStep(.investments, .key, .outlook)).openAPIPath, .object([
                ("get", operation("What the investment would do to alignment: the frictions and blind spots it addresses, the KPI conflicts it creates or removes, the 4C health of the teams it touches (withheld below the anonymity threshold), the change load it adds, the customers it reaches, and the index today and as projected after with every assumption; once done, the projection beside what happened",
                                  parameters: [org, id], success: ("200", investmentOutlookSchema), problems: [401, 404])),
            ])),
        ] + decisions.map { step, summary in
            (SiteURL.api(.key, .recordStep(.investments, .key, step)).openAPIPath, .object([
                ("post", operation(summary, parameters: [org, id], success: ("200", ref("Investments")), problems: [401, 403, 404, 409])),
            ]))
        }
    }
}

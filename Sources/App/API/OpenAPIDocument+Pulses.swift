import Domain
import Web

/// Sending a pulse, reminders, its links and results, and the built-in questions.
extension OpenAPIDocument {
    static var pulsePaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let path = { (step: PulseStep) in SiteURL.api(.key, .pulseStep(.key, step)).openAPIPath }
        let count = { (name: String) -> JSONDocument in ["type": "object", "required": [.string(name)], "properties": [name: ["type": "integer"]]] }
        let sent: JSONDocument = ["type": "object", "required": ["links", "questions"],
                                  "properties": ["links": ["type": "integer"], "questions": ["type": "integer"]]]
        var links = operation("Each person's one-time link as CSV (name, email, team, link, answered), for the organization's own mail tool",
                              parameters: [org, id], success: ("200", nil), problems: [401, 403, 404])
        if case .object(var pairs) = links, let index = pairs.firstIndex(where: { $0.0 == "responses" }), case .object(var responses) = pairs[index].1 {
            responses[0] = ("200", ["description": "Success", "content": ["text/csv": ["schema": ["type": "string"]]]])
            pairs[index] = ("responses", .object(responses))
            links = .object(pairs)
        }
        return [
            (path(.send), .object([("post", operation("Send a draft pulse: a link for everyone now in the teams asked, to inboxes and the webhook",
                                                      parameters: [org, id], success: ("200", sent), problems: [401, 403, 404, 409, 422]))])),
            (path(.remind), .object([("post", operation("Remind everyone whose link is unused (inbox and webhook, through the job queue)",
                                                        parameters: [org, id], success: ("200", count("waiting")), problems: [401, 403, 404, 409]))])),
            (path(.linksCSV), .object([("get", links)])),
            (path(.results), .object([("get", operation("Results within the organization's anonymity threshold: a suppressed group has a reason and no figure; teams a page at a time with their topics, the organization and the team `team_id` names (as `focus`) with every question too",
                                                        parameters: [org, id, queryParameter("page", integer: true), queryParameter("per", integer: true),
                                                                     ["name": "team_id", "in": "query", "required": false, "schema": APISchemas.uuid]],
                                                        success: ("200", pulseResultsSchema), problems: [401, 404, 422]))])),
            (SiteURL.api(.key, .builtInQuestions).openAPIPath, .object([
                ("post", operation("Add the built-in questions the library does not hold yet", parameters: [org], success: ("200", count("added")),
                                   problems: [401, 403, 404])),
            ])),
        ]
    }

    static let pulseFigure: JSONDocument = [
        "type": "object", "required": ["answers", "favourable", "neutral", "unfavourable"],
        "properties": ["answers": ["type": "integer"], "favourable": ["type": "integer"], "neutral": ["type": "integer"], "unfavourable": ["type": "integer"],
                       "percent_favourable": ["type": ["number", "null"]], "net_score": ["type": ["number", "null"]]],
    ]

    static let pulseGroup: JSONDocument = [
        "type": "object", "required": ["name", "invited", "suppressed"],
        "properties": ["team_id": ["type": ["string", "null"]], "name": APISchemas.text, "invited": ["type": "integer"], "suppressed": ["type": "boolean"],
                       "reason": ["type": ["string", "null"], "description": "too-few or complement"], "responses": ["type": ["integer", "null"]],
                       "topics": ["type": ["object", "null"], "additionalProperties": pulseFigure],
                       "questions": ["type": ["object", "null"], "additionalProperties": pulseFigure]],
    ]

    static let pulseResultsSchema: JSONDocument = [
        "type": "object", "required": ["threshold", "questions", "organization", "teams", "comments"],
        "properties": [
            "threshold": ["type": "integer"],
            "questions": ["type": "array", "items": ["type": "object", "required": ["id", "topic", "kind", "text"],
                                                     "properties": ["id": APISchemas.uuid, "topic": APISchemas.text, "kind": APISchemas.text, "text": APISchemas.text]]],
            "organization": pulseGroup, "teams": ["type": "array", "items": pulseGroup], "focus": ["oneOf": [pulseGroup, ["type": "null"]]],
            "comments": ["type": "object", "additionalProperties": ["type": "array", "items": APISchemas.text]],
            "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
        ],
    ]
}

/// The 4C health.
extension OpenAPIDocument {
    static var healthPaths: [(String, JSONDocument)] {
        let score: JSONDocument = ["type": "object", "required": ["percent_favourable", "answers"],
                                   "properties": ["percent_favourable": ["type": "number"], "answers": ["type": "integer"]]]
        let counts = ["npsAnswers", "csatAnswers", "feedbackItems", "negativeItems", "openFrictions", "headcount", "leavers", "strainedHandoffs",
                      "unownedHandoffs", "escalations", "commitmentsKept", "commitmentsAssessed"].map(snakeCase)
        let signals: JSONDocument = .object([("type", "object"), ("required", .array(counts.map { .string($0) })),
                                             ("properties", .object(counts.map { ($0, ["type": "integer"]) }
                                                 + [("nps", ["type": ["number", "null"]]), ("csat_satisfied", ["type": ["number", "null"]])]))])
        let team: JSONDocument = [
            "type": "object", "required": ["name", "suppressed", "signals", "misaligned"],
            "properties": ["team_id": ["type": ["string", "null"]], "name": APISchemas.text, "suppressed": ["type": "boolean"],
                           "reason": ["type": ["string", "null"], "description": "too-few or complement"],
                           "scores": ["type": ["object", "null"], "description": "customer, career, community, core", "additionalProperties": score],
                           "strategy_understanding": score, "signals": signals,
                           "misaligned": ["type": "object", "additionalProperties": ["type": "array", "items": APISchemas.text]]],
        ]
        let report: JSONDocument = [
            "type": "object", "required": ["threshold", "pulses", "organization", "teams"],
            "properties": ["threshold": ["type": "integer"], "organization": team, "teams": ["type": "array", "items": team],
                           "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
                           "pulses": ["type": "array", "items": ["type": "object", "required": ["id", "title", "sent_on"],
                                                                 "properties": ["id": APISchemas.uuid, "title": APISchemas.text, "sent_on": APISchemas.date]]]],
        ]
        return [(SiteURL.api(.key, .health).openAPIPath, .object([
            ("get", operation("Each team's 4C health: the four pulse scores with their counts (or suppressed, with no figure), the signals and the signs past the limits",
                              parameters: [pathParameter("org"), queryParameter("page", integer: true), queryParameter("per", integer: true)],
                              success: ("200", report), problems: [401, 404])),
        ]))]
    }

    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { result, character in result += character.isUppercase ? "_" + character.lowercased() : String(character) }
    }
}

/// Headcount, leavers and escalations from CSV files.
extension OpenAPIDocument {
    static var workforcePaths: [(String, JSONDocument)] {
        let outcome: JSONDocument = ["type": "object", "required": ["created", "updated", "unchanged", "notes", "checked_only"],
                                    "properties": ["created": ["type": "integer"], "updated": ["type": "integer"], "unchanged": ["type": "integer"],
                                                   "notes": ["type": "array", "items": APISchemas.text], "checked_only": ["type": "boolean"]]]
        let check: JSONDocument = ["name": "check_only", "in": "query", "required": false, "schema": ["type": "string", "enum": ["true", "false"]]]
        func path(_ org: OrgPath, _ summary: String, json: Bool = false) -> (String, JSONDocument) {
            var operation = operation(summary, parameters: [pathParameter("org"), check], success: ("200", outcome), problems: [400, 401, 403, 404, 413, 422])
            if case .object(var pairs) = operation {
                let content: JSONDocument = json ? ["text/csv": ["schema": ["type": "string"]], "application/json": ["schema": ["type": "object"]]]
                    : ["text/csv": ["schema": ["type": "string"]]]
                pairs.insert(("requestBody", ["required": true, "content": content]), at: 2)
                operation = .object(pairs)
            }
            return (SiteURL.api(.key, org).openAPIPath, .object([("post", operation)]))
        }
        return [path(.peopleImport, "People from a CSV (name, email, team, job_title, started_on, left_on): a matching email updates, the rest are added; refused whole on any problem"),
                path(.escalationsImport, "Escalations from a CSV (date, from_team, to_team, reason); refused whole on any problem"),
                path(.kpiValuesImport, "KPI values from a CSV (kpi, period, value, dimension) or a TheyDo THEYDO_METRICS_V1 file: KPIs matched by name or id, "
                     + "a value for a KPI, period and dimension already held is replaced; refused whole on any problem", json: true)]
    }
}

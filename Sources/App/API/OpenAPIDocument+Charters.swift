import Domain
import Web

/// Where the teams' charters leave the strategy uncovered.
extension OpenAPIDocument {
    static var charterPaths: [(String, JSONDocument)] {
        let named: JSONDocument = ["type": "object", "required": ["id", "name"], "properties": ["id": APISchemas.uuid, "name": APISchemas.text]]
        let unanchored: JSONDocument = ["type": "object", "required": ["id", "text", "team_id"],
                                        "properties": ["id": APISchemas.uuid, "text": APISchemas.text, "team_id": APISchemas.uuid]]
        let gaps: JSONDocument = [
            "type": "object", "required": ["team_count", "goal_count", "teams_without_charter", "goals_without_commitment", "commitments_touching_nothing"],
            "properties": ["team_count": ["type": "integer"], "goal_count": ["type": "integer"],
                           "teams_without_charter": ["type": "array", "items": named], "goals_without_commitment": ["type": "array", "items": named],
                           "commitments_touching_nothing": ["type": "array", "items": unanchored]],
        ]
        return [charterPath(.show), charterPath(.review), charterPath(.approve), (SiteURL.api(.key, .charterGaps).openAPIPath, .object([
            ("get", operation("Teams with no charter commitment, goals no team committed to, and commitments that touch nothing a customer meets",
                              parameters: [pathParameter("org")], success: ("200", gaps), problems: [401, 404])),
        ])), (SiteURL.api(.key, .strategyWall).openAPIPath, .object([
            ("get", operation("The strategy: purpose, brand promise, and each goal with its owner, horizon, measures and the teams committed to it",
                              parameters: [pathParameter("org")], success: ("200", wallSchema(named)), problems: [401, 404])),
        ]))]
    }

    static func wallSchema(_ named: JSONDocument) -> JSONDocument {
        let goal: JSONDocument = [
            "type": "object", "required": ["id", "title", "measure", "teams"],
            "properties": ["id": APISchemas.uuid, "title": APISchemas.text, "owner": ["type": ["string", "null"]], "horizon": ["type": ["string", "null"]],
                           "measure": APISchemas.text, "teams": ["type": "array", "items": named]],
        ]
        return ["type": "object", "required": ["purpose", "brand_promise", "goals"],
                "properties": ["purpose": APISchemas.text, "brand_promise": APISchemas.text, "goals": ["type": "array", "items": goal]]]
    }

    static let charterSchema: JSONDocument = [
        "type": "object", "required": ["team_id", "version", "approved", "commitments", "versions"],
        "properties": [
            "team_id": APISchemas.uuid, "review_on": APISchemas.date, "version": ["type": "integer"], "approved": ["type": "boolean"],
            "approval": ["type": "object", "required": ["version", "by", "at"],
                         "properties": ["version": ["type": "integer"], "by": APISchemas.text, "at": APISchemas.dateTime]],
            "commitments": ["type": "array", "items": ["type": "object", "required": ["id", "text", "goal_ids", "measure"],
                                                       "properties": ["id": APISchemas.uuid, "text": APISchemas.text,
                                                                      "goal_ids": APISchemas.uuids, "measure": APISchemas.text]]],
            "versions": ["type": "array", "items": ["type": "object", "required": ["number", "at", "by", "change"],
                                                    "properties": ["number": ["type": "integer"], "at": APISchemas.dateTime,
                                                                   "by": APISchemas.text, "change": APISchemas.text]]],
        ],
    ]

    /// The charter's API addresses; its poster is a page to print, not part of the API.
    static func charterPath(_ step: CharterStep) -> (String, JSONDocument) {
        let parameters = [pathParameter("org"), pathParameter("id", uuid: true)]
        let path = SiteURL.api(.key, .teamCharter(.key, step)).openAPIPath
        switch step {
        case .show:
            return (path, .object([("get", operation("A team's charter: its commitments, review date, version, approval and versions",
                                                      parameters: parameters, success: ("200", charterSchema), problems: [401, 404]))]))
        case .review:
            let body: JSONDocument = ["type": "object", "properties": ["review_on": ["type": ["string", "null"]]]]
            return (path, .object([("post", operation("Set or clear (null) the charter's next review date; a new version", parameters: parameters,
                                                       body: body, success: ("200", charterSchema), problems: [400, 401, 403, 404, 422]))]))
        case .approve, .poster:
            let body: JSONDocument = ["type": "object", "required": ["version"], "properties": ["version": ["type": "integer"]]]
            return (path, .object([("post", operation("Approve the version read, as the team's lead (or an administrator)", parameters: parameters,
                                                       body: body, success: ("200", charterSchema), problems: [400, 401, 403, 404, 409]))]))
        }
    }
}

import Domain
import Web

/// Noting a walk's steps and the friction hypotheses found at them.
extension OpenAPIDocument {
    static var walkPaths: [(String, JSONDocument)] {
        let parameters = [pathParameter("org"), pathParameter("id", uuid: true)]
        let step: JSONDocument = ["type": "object", "required": ["touchpoint_id"],
                                  "properties": ["touchpoint_id": APISchemas.uuid, "minutes": ["type": ["integer", "null"], "minimum": 0], "worked": APISchemas.text]]
        let hypothesis: JSONDocument = ["type": "object", "required": ["touchpoint_id", "kind", "description", "severity"],
                                        "properties": ["touchpoint_id": APISchemas.uuid, "kind": APISchemas.choice(FrictionKind.self),
                                                       "description": APISchemas.text(max: 4000), "severity": APISchemas.integer(FrictionPoint.severities)]]
        let stepOut: JSONDocument = ["type": "object", "required": ["touchpoint_id", "worked"],
                                     "properties": ["touchpoint_id": APISchemas.uuid, "minutes": ["type": ["integer", "null"]], "worked": APISchemas.text]]
        return [
            (SiteURL.api(.key, .recordStep(.walks, .key, .step)).openAPIPath, .object([
                ("post", operation("Note how long a step of the walk took and what worked (noting it again replaces it)", parameters: parameters,
                                   body: step, success: ("200", stepOut), problems: [400, 401, 403, 404, 422])),
            ])),
            (SiteURL.api(.key, .recordStep(.walks, .key, .hypothesis)).openAPIPath, .object([
                ("post", operation("Add a friction hypothesis found at a step: a friction point with the walk's source, linked to the walk",
                                   parameters: parameters, body: hypothesis, success: ("201", APISchemas.output("frictions")), problems: [400, 401, 403, 404, 422])),
            ])),
        ]
    }
}

import Domain
import Web

/// The journey map's customer heat view in the API.
extension OpenAPIDocument {
    static let heatQuoteSchema: JSONDocument = [
        "type": "object", "required": ["feedback_id", "text", "sentiment_score"],
        "properties": ["feedback_id": APISchemas.uuid, "text": APISchemas.text,
                       "sentiment_score": ["type": "number", "minimum": -1, "maximum": 1]],
    ]

    static let touchpointHeatSchema: JSONDocument = [
        "type": "object",
        "required": ["touchpoint_id", "name", "level", "score", "confirmed_friction_count", "worst_confirmed_severity",
                     "feedback_count", "negative_count", "explanation", "quotes"],
        "properties": [
            "touchpoint_id": APISchemas.uuid, "name": APISchemas.text,
            "level": ["type": "string", "enum": ["none", "low", "medium", "high"]],
            "score": ["type": "number", "minimum": 0, "maximum": 1,
                      "description": "½ × worst confirmed severity ÷ 5 + ½ × negative comments ÷ all comments; 0 for a half with nothing behind it."],
            "confirmed_friction_count": ["type": "integer", "minimum": 0],
            "worst_confirmed_severity": ["type": ["integer", "null"], "minimum": .number(FrictionPoint.severities.lowerBound),
                                         "maximum": .number(FrictionPoint.severities.upperBound)],
            "feedback_count": ["type": "integer", "minimum": 0], "negative_count": ["type": "integer", "minimum": 0],
            "explanation": APISchemas.text,
            "quotes": ["type": "array", "maxItems": .number(HeatOverlay.quotesPerTouchpoint), "items": heatQuoteSchema],
        ],
    ]

    static var heatPaths: [(String, JSONDocument)] {
        [(SiteURL.api(.key, .recordStep(.journeys, .key, .heat)).openAPIPath, .object([
            ("get", operation("Customer heat of each touchpoint, in map order: confirmed friction and negative comments, with the most negative quotes",
                              parameters: [pathParameter("org"), pathParameter("id", uuid: true)],
                              success: ("200", ["type": "object", "required": ["journey_id", "touchpoints"],
                                                "properties": ["journey_id": APISchemas.uuid,
                                                               "touchpoints": ["type": "array", "items": touchpointHeatSchema]]]),
                              problems: [401, 404])),
        ]))]
    }
}

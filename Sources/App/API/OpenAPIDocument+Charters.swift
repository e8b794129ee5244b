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
        return [(SiteURL.api(.key, .charterGaps).openAPIPath, .object([
            ("get", operation("Teams with no charter commitment, goals no team committed to, and commitments that touch nothing a customer meets",
                              parameters: [pathParameter("org")], success: ("200", gaps), problems: [401, 404])),
        ]))]
    }
}

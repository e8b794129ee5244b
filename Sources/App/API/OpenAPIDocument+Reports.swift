import Domain
import Web

/// The executive alignment report in the API.
extension OpenAPIDocument {
    private static let line: JSONDocument = [
        "type": "object", "required": ["text", "figure", "url"],
        "properties": ["text": APISchemas.text, "figure": APISchemas.text, "url": APISchemas.text],
    ]
    private static let lines: JSONDocument = ["type": "array", "items": line]
    private static let whole: JSONDocument = ["type": ["integer", "null"]]
    private static let number: JSONDocument = ["type": ["number", "null"]]

    static let executiveReportSchema: JSONDocument = [
        "type": "object",
        "required": ["organization", "slug", "prepared_on", "coverage", "index_link", "history", "components", "misalignments", "conflicts",
                     "conflict_total", "blind_spots", "load_limit", "load_warnings", "investments", "heat_map", "heat_map_teams", "heat_map_link", "centricity"],
        "properties": [
            "organization": APISchemas.text, "slug": APISchemas.text, "prepared_on": APISchemas.date, "index": whole,
            "coverage": ["type": "integer"], "index_link": APISchemas.text,
            "history": ["type": "array", "items": ["type": "object", "required": ["month"], "properties": ["month": APISchemas.text, "value": whole]]],
            "components": lines, "misalignments": lines, "conflicts": lines, "conflict_total": ["type": "integer"], "blind_spots": lines,
            "load_limit": ["type": "integer"], "load_warnings": lines,
            "investments": ["type": "array", "items": ["type": "object", "required": ["title", "url", "status", "cost"], "properties": [
                "title": APISchemas.text, "url": APISchemas.text, "status": APISchemas.text, "cost": APISchemas.text,
                "index_at_approval": whole, "projected": whole, "actual": whole]]],
            "heat_map": ["type": "array", "items": ["type": "object", "required": ["team", "url", "cells", "misaligned"], "properties": [
                "team": APISchemas.text, "url": APISchemas.text, "cells": lines, "misaligned": ["type": "integer"]]]],
            "heat_map_teams": ["type": "integer"], "heat_map_link": APISchemas.text,
            "centricity": ["type": "array", "items": ["type": "object", "required": ["name", "url"], "properties": [
                "name": APISchemas.text, "url": APISchemas.text, "target": whole, "current": number, "gap": number, "supported_by_evidence": whole]]],
        ],
    ]

    private static func objects(_ required: [String], _ properties: JSONDocument) -> JSONDocument {
        ["type": "array", "items": ["type": "object", "required": .array(required.map { .string($0) }), "properties": properties]]
    }

    static let onePagerSchema: JSONDocument = [
        "type": "object",
        "required": ["team_id", "team_name", "month", "looked_back_at", "generated_at", "changed", "coming", "customers", "commitments", "kpis", "owed"],
        "properties": [
            "team_id": APISchemas.uuid, "team_name": APISchemas.text, "month": APISchemas.text, "looked_back_at": APISchemas.text,
            "generated_at": APISchemas.dateTime,
            "changed": objects(["kind", "id", "title", "on"], ["kind": ["type": "string", "enum": ["changes", "initiatives"]], "id": APISchemas.uuid,
                                                            "title": APISchemas.text, "on": APISchemas.date]),
            "coming": objects(["id", "title", "starts", "level", "owned_by_team", "touches"], [
                "id": APISchemas.uuid, "title": APISchemas.text, "starts": APISchemas.date, "level": APISchemas.text,
                "owned_by_team": ["type": "boolean"], "touches": ["type": "array", "items": APISchemas.text]]),
            "customers": ["type": "object", "required": ["feedback_items", "negative_items", "nps_answers", "open_frictions"], "properties": [
                "feedback_items": ["type": "integer"], "negative_items": ["type": "integer"], "nps": whole, "nps_answers": ["type": "integer"],
                "open_frictions": ["type": "integer"]]],
            "commitments": objects(["id", "text", "status"], ["id": APISchemas.uuid, "text": APISchemas.text, "status": APISchemas.text]),
            "kpis": objects(["id", "name", "unit", "rewarded"], ["id": APISchemas.uuid, "name": APISchemas.text, "unit": APISchemas.text,
                                                            "rewarded": APISchemas.text, "target": number, "latest": number, "latest_period": ["type": ["string", "null"]]]),
            "owed": objects(["change_id", "title", "starts"], ["change_id": APISchemas.uuid, "title": APISchemas.text, "starts": APISchemas.date]),
        ],
    ]

    static var reportPaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let month: JSONDocument = ["name": "month", "in": "query", "required": false, "schema": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"],
                                   "description": "YYYY-MM; this month (made when first asked for) if left out."]
        return [
            (SiteURL.api(.key, .teamOnePager(.key)).openAPIPath, .object([
                ("get", operation("A team's one-pager for a month, as kept: what it changed the month before, what is coming and whom it touches, what customers said on its touchpoints, its charter commitments and KPIs, and the acknowledgements it owes",
                                  parameters: [org, id, month], success: ("200", onePagerSchema), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .executiveReport).openAPIPath, .object([
                ("get", operation("The executive alignment report: the index and its months, where it is most misaligned, KPI conflicts, blind spots, change load past the limit, investments with projected and actual effect, the 4C heat map (withheld below the anonymity threshold) and the centricity gap; every line with the address of its records",
                                  parameters: [org], success: ("200", executiveReportSchema), problems: [401, 404])),
            ])),
        ]
    }
}

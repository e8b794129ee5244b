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

    static var reportPaths: [(String, JSONDocument)] {
        let org = pathParameter("org")
        return [
            (SiteURL.api(.key, .executiveReport).openAPIPath, .object([
                ("get", operation("The executive alignment report: the index and its months, where it is most misaligned, KPI conflicts, blind spots, change load past the limit, investments with projected and actual effect, the 4C heat map (withheld below the anonymity threshold) and the centricity gap; every line with the address of its records",
                                  parameters: [org], success: ("200", executiveReportSchema), problems: [401, 404])),
            ])),
        ]
    }
}

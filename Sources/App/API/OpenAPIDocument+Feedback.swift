import Domain
import Persistence
import Web

/// The feedback analysis part of the API: imports, scores, themes and the Legitimize views.
extension OpenAPIDocument {
    static let importSchema: JSONDocument = [
        "type": "object",
        "required": ["id", "organization_id", "file_name", "format", "status", "percent", "rows_read", "imported", "duplicates", "rejected", "can_resume"],
        "properties": ["id": APISchemas.uuid, "organization_id": APISchemas.uuid, "file_name": APISchemas.text,
                       "format": APISchemas.choice(ImportFormat.self), "status": APISchemas.choice(ImportStatus.self), "can_resume": ["type": "boolean"],
                       "percent": ["type": "integer"], "rows_read": ["type": "integer"], "imported": ["type": "integer"],
                       "duplicates": ["type": "integer"], "rejected": ["type": "integer"], "error": APISchemas.text,
                       "created_at": APISchemas.text, "finished_at": APISchemas.text],
    ]

    static let duplicateSchema: JSONDocument = [
        "type": "object", "required": ["line", "rule", "explanation"],
        "properties": ["line": ["type": "integer"], "rule": APISchemas.choice(DuplicateRule.self), "external_id": APISchemas.text,
                       "original_id": APISchemas.uuid, "original_import_id": APISchemas.uuid, "original_line": ["type": "integer"],
                       "explanation": APISchemas.text],
    ]

    static let rejectionSchema: JSONDocument = [
        "type": "object", "required": ["line", "column", "reason"],
        "properties": ["line": ["type": "integer"], "column": APISchemas.text, "reason": APISchemas.text],
    ]

    static let themeSchema: JSONDocument = [
        "type": "object", "required": ["name", "count", "explanation", "trend", "months", "touchpoint_ids", "examples"],
        "properties": ["name": APISchemas.text, "count": ["type": "integer"], "explanation": APISchemas.text, "trend": APISchemas.text,
                       "months": ["type": "object", "additionalProperties": ["type": "integer"]],
                       "touchpoint_ids": ["type": "array", "items": APISchemas.uuid], "examples": ["type": "array", "items": APISchemas.text]],
    ]

    static var feedbackPaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let paging = [queryParameter("page", integer: true), queryParameter("per", integer: true)]
        let importQuery: [JSONDocument] = [
            queryParameter("format"), queryParameter("source"), queryParameter("header_row", integer: true),
            queryParameter("first_data_row", integer: true), queryParameter("file_name"),
            ["name": "time_zone", "in": "query", "required": false, "description": "The zone of times written without an offset, e.g. Europe/Berlin (default UTC).",
             "schema": APISchemas.text],
            ["name": "date_order", "in": "query", "required": false, "description": "How to read dates written with numbers alone, such as 03/04/2026.",
             "schema": ["type": "string", "enum": .array(DateOrder.allCases.map { .string($0.rawValue) })]],
            ["name": "map", "in": "query", "required": false, "description": .string("FIELD=COLUMN, repeatable; FIELD one of " + ImportField.allCases.map(\.rawValue).joined(separator: ", ") + "."),
             "schema": ["type": "array", "items": APISchemas.text], "style": "form", "explode": true],
            ["name": "label", "in": "query", "required": false, "description": "SCORE:LABEL=NUMBER, repeatable, for scores written as words.",
             "schema": ["type": "array", "items": APISchemas.text], "style": "form", "explode": true],
        ]
        var create = operation("Import a file sent as the body (CSV or Formbricks Hub JSON); it runs in the background",
                               parameters: [org] + importQuery, success: ("202", importSchema), problems: [400, 401, 403, 404, 413, 422])
        if case .object(var pairs) = create {
            pairs.insert(("requestBody", ["required": true, "content": ["text/csv": ["schema": ["type": "string"]],
                                                                          "application/json": ["schema": ["type": "string"]]]]), at: 2)
            create = .object(pairs)
        }
        let estimate: JSONDocument = ["type": "object", "required": ["value", "margin", "count"],
                                      "properties": ["value": ["type": "number"], "margin": ["type": "number"], "count": ["type": "integer"]]]
        let scoreGroup: JSONDocument = ["type": "object", "required": ["label", "answers"],
                                        "properties": ["key": APISchemas.text, "label": APISchemas.text, "answers": ["type": "integer"],
                                                       "nps": estimate, "csat": estimate, "ces_mean": estimate, "ces_easy": estimate]]
        let by: JSONDocument = ["name": "by", "in": "query", "required": false,
                                "schema": ["type": "string", "enum": .array(ScoreDimension.allCases.map { .string($0.rawValue) })]]
        return [
            (SiteURL.api(.key, .scores).openAPIPath, .object([
                ("get", operation("NPS, CSAT and CES with counts and 95% margins, overall or by month, journey, stage, touchpoint, channel or segment",
                                  parameters: [org, by], success: ("200", ["type": "array", "items": scoreGroup]), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .themes).openAPIPath, .object([
                ("get", operation("Themes with their counts, months, touchpoints and example quotes", parameters: [org],
                                  success: ("200", ["type": "array", "items": themeSchema]), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .recomputeThemes).openAPIPath, .object([
                ("post", operation("Find themes afresh from all feedback and reassign every item (administrators and CX leads)", parameters: [org],
                                   success: ("200", ["type": "array", "items": themeSchema]), problems: [401, 403, 404])),
            ])),
            (SiteURL.api(.key, .imports).openAPIPath, .object([
                ("get", operation("Imports, newest first", parameters: [org] + paging, success: ("200", paged(importSchema)), problems: [401, 404])),
                ("post", create),
            ])),
            (SiteURL.api(.key, .hubExport).openAPIPath, .object([
                ("get", .object([
                    ("summary", "Every feedback item as Formbricks Hub feedback records, one per answer, as JSON Lines"),
                    ("parameters", .array([org])),
                    ("responses", .object([("200", ["description": "Success", "content": ["application/x-ndjson": ["schema": ["type": "string"]]]])]
                                          + problems([401, 404]))),
                ])),
            ])),
            (SiteURL.api(.key, .feedbackImport(.key, .show)).openAPIPath, .object([
                ("get", operation("One import and its progress", parameters: [org, id], success: ("200", importSchema), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .feedbackImport(.key, .resume)).openAPIPath, .object([
                ("post", operation("Resume an interrupted import from its file: the rows it stored stay, the rest are read; it runs in the background",
                                   parameters: [org, id], success: ("202", importSchema), problems: [401, 403, 404, 409])),
            ])),
            (SiteURL.api(.key, .feedbackImport(.key, .duplicates)).openAPIPath, .object([
                ("get", operation("Rows the import skipped as already stored, with the rule that found each and the item it repeats",
                                  parameters: [org, id] + paging, success: ("200", paged(duplicateSchema)), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .feedbackImport(.key, .rejections)).openAPIPath, .object([
                ("get", operation("Rows the import rejected, with line, column and reason", parameters: [org, id] + paging,
                                  success: ("200", paged(rejectionSchema)), problems: [401, 404])),
            ])),
        ]
    }
}

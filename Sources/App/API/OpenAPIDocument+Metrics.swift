import Domain
import Web

/// What the teams' KPIs do to customers: the conflicts found in what they declare.
extension OpenAPIDocument {
    static var metricPaths: [(String, JSONDocument)] {
        let nullableUUID: JSONDocument = ["type": ["string", "null"], "format": "uuid"]
        let hop: JSONDocument = ["type": "object", "required": ["from_kpi_id", "sign", "reason"],
                                 "properties": ["from_kpi_id": APISchemas.uuid, "to_kpi_id": nullableUUID, "to_outcome_id": nullableUUID,
                                                "sign": APISchemas.choice(EffectSign.self), "reason": APISchemas.text]]
        let nullableNumber: JSONDocument = ["type": ["number", "null"]]
        let evidence: JSONDocument = ["type": ["object", "null"], "required": ["months", "summary"],
                                      "properties": ["scale": ["type": ["string", "null"]], "months": ["type": "integer"], "rho": nullableNumber,
                                                     "low": nullableNumber, "high": nullableNumber,
                                                     "verdict": ["type": ["string", "null"]],
                                                     "summary": APISchemas.text]]
        let push: JSONDocument = ["type": "object", "required": ["kpi_id", "kpi", "team", "rewarded", "sign", "path"],
                                  "properties": ["kpi_id": APISchemas.uuid, "kpi": APISchemas.text, "team_id": nullableUUID, "team": APISchemas.text,
                                                 "rewarded": APISchemas.text, "sign": APISchemas.choice(EffectSign.self), "path": ["type": "array", "items": hop],
                                                 "evidence": evidence]]
        let outcome: JSONDocument = ["type": "object", "required": ["id", "name", "customers", "feedback_items", "negative_items"],
                                     "properties": ["id": APISchemas.uuid, "name": APISchemas.text, "customers": ["type": "integer"],
                                                    "feedback_items": ["type": "integer"], "negative_items": ["type": "integer"]]]
        let report: JSONDocument = [
            "type": "object", "required": ["opposed", "customers_pay", "unmeasured", "page", "per", "total_opposed", "total_customers_pay", "total_unmeasured"],
            "properties": [
                "page": ["type": "integer"], "per": ["type": "integer"], "total_opposed": ["type": "integer"],
                "total_customers_pay": ["type": "integer"], "total_unmeasured": ["type": "integer"],
                "opposed": ["type": "array", "items": ["type": "object", "required": ["outcome", "raising", "lowering"],
                                                       "properties": ["outcome": outcome, "raising": push, "lowering": push]]],
                "customers_pay": ["type": "array", "items": ["type": "object", "required": ["outcome", "push", "confirmed_friction_ids"],
                                                             "properties": ["outcome": outcome, "push": push, "confirmed_friction_ids": APISchemas.uuids]]],
                "unmeasured": ["type": "array", "items": outcome],
            ],
        ]
        return [(SiteURL.api(.key, .metricConflicts).openAPIPath, .object([
            ("get", operation("KPIs pulling customer outcomes apart: opposed measures, measures customers pay for and unmeasured outcomes, each with its path hop by hop",
                              parameters: [pathParameter("org"), queryParameter("page", integer: true), queryParameter("per", integer: true)],
                              success: ("200", report), problems: [401, 404])),
        ]))]
    }
}

import Domain

/// JSON Schemas of the API's bodies, one input and one output schema per kind of record.
enum APISchemas {
    static let uuid: JSONDocument = ["type": "string", "format": "uuid"]
    static let nullableUUID: JSONDocument = ["type": ["string", "null"], "format": "uuid"]
    static let text: JSONDocument = ["type": "string"]
    static func text(max: Int) -> JSONDocument { ["type": "string", "maxLength": .number(max)] }
    static func integer(_ range: ClosedRange<Int>) -> JSONDocument {
        ["type": "integer", "minimum": .number(range.lowerBound), "maximum": .number(range.upperBound)]
    }
    static func choice<C: Choice>(_ type: C.Type) -> JSONDocument { ["type": "string", "enum": .array(C.allCases.map { .string($0.rawValue) })] }
    static let uuids: JSONDocument = ["type": "array", "items": uuid]
    static let date: JSONDocument = ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    static let dateTime: JSONDocument = ["type": "string", "format": "date-time"]

    /// (property, input schema, output schema, required on input). A nil schema leaves it out of that side.
    typealias Property = (name: String, input: JSONDocument?, output: JSONDocument?, required: Bool)

    static func same(_ name: String, _ schema: JSONDocument, required: Bool = false) -> Property { (name, schema, schema, required) }

    static let properties: [String: [Property]] = coreProperties.merging(initiativeProperties) { core, _ in core }.merging(nurtureProperties) { core, _ in core }
        .merging(pulseProperties) { core, _ in core }.merging(metricProperties) { core, _ in core }

    static let coreProperties: [String: [Property]] = [
        "organizations": [same("name", text(max: 120), required: true), same("slug", text(max: 60)),
                          same("purpose", text(max: 2000)), same("brand_promise", text(max: 2000)), same("anonymity_threshold", integer(3...1000))],
        "teams": [same("name", text(max: 120), required: true), same("function", choice(TeamFunction.self), required: true),
                  same("parent_team_id", uuid)],
        "people": [same("name", text(max: 120), required: true), same("email", text(max: 254)), same("team_id", uuid), same("job_title", text(max: 120)),
                   same("started_on", date), same("left_on", date)],
        "goals": [same("title", text(max: 200), required: true), same("description", text(max: 4000)), same("measure", text(max: 2000)),
                  same("owner_person_id", uuid), same("horizon", date)],
        "commitments": [same("team_id", uuid, required: true), same("text", text(max: 500), required: true), same("goal_ids", uuids, required: true),
                        same("touchpoint_ids", uuids), same("handoff_ids", uuids), same("process_ids", uuids), same("measure", text(max: 500)),
                        same("status", choice(CommitmentStatus.self)), ("kpi_id", uuid, nullableUUID, false)],
        "journeys": [same("name", text(max: 160), required: true), same("segment", text(max: 120)), same("description", text(max: 4000))],
        "stages": [same("journey_id", uuid, required: true), same("name", text(max: 120), required: true), same("description", text(max: 2000)),
                   ("position", nil, ["type": "integer"], false)],
        "touchpoints": [same("stage_id", uuid, required: true), same("name", text(max: 160), required: true),
                        same("channel", choice(Domain.Channel.self), required: true), same("owning_team_id", uuid, required: true),
                        same("expected_wait_minutes", integer(0...Touchpoint.maxMinutes)), same("effort_minutes", integer(0...Touchpoint.maxMinutes)),
                        same("description", text(max: 2000)), ("position", nil, ["type": "integer"], false)],
        "handoffs": [same("from_touchpoint_id", uuid, required: true), same("to_touchpoint_id", uuid, required: true),
                     same("accountable_team_id", uuid), same("accountable_person_id", uuid), same("information", text(max: 2000)),
                     same("customer_repeats", ["type": "boolean"])],
        "processes": [same("kind", choice(ProcessKind.self), required: true), same("name", text(max: 160), required: true),
                      same("owner_team_id", uuid), same("description", text(max: 4000)),
                      ("steps", ["type": "string", "description": "One step per line."], ["type": "array", "items": text], false),
                      same("last_reviewed", date), same("touchpoint_ids", uuids)],
        "systems": [same("name", text(max: 160), required: true), same("owner_team_id", uuid), same("description", text(max: 4000)),
                    same("touchpoint_ids", uuids)],
        "changes": [same("title", text(max: 160), required: true), same("kind", choice(ChangeKind.self), required: true),
                    same("description", text(max: 10_000)), same("today", text(max: 10_000)), same("tomorrow", text(max: 10_000), required: true),
                    same("starts", date, required: true), same("ends", date), same("owner_team_id", uuid), same("initiative_id", uuid),
                    same("alters", ["type": "array", "minItems": 1, "maxItems": .number(PlannedChange.maxSubjects),
                                    "items": ["type": "string", "pattern": "^(process|handoff|touchpoint|system|team):[0-9A-Fa-f-]{36}$"]],
                         required: true),
                    ("status", nil, choice(PlannedChangeStatus.self), false), ("launched_on", nil, date, false), ("launch_reason", nil, text, false)],
        "change-notes": [same("change_id", uuid, required: true), same("customer_id", uuid, required: true),
                         same("body", text(max: 20_000), required: true), same("status", choice(NoteStatus.self)), same("sent_on", date)],
        "investments": [same("title", text(max: 160), required: true), same("kind", choice(InvestmentKind.self), required: true),
                        same("description", text(max: 10_000)),
                        same("cost", ["type": "string", "pattern": "^[0-9]{1,15}([.][0-9]{1,2})?$", "description": "An amount to the cent, as text."], required: true),
                        same("currency", ["type": "string", "pattern": "^[A-Z]{3}$"], required: true),
                        same("change_ids", uuids), same("initiative_ids", uuids), same("blind_spots", ["type": "array", "items": ["type": "string", "minLength": 1, "maxLength": .number(Investment.maxThemeLength)]]),
                        same("kpi_rewards", ["type": "array", "items": ["type": "string", "pattern": "^(up|down|range|none):[0-9A-Fa-f-]{36}$"]]),
                        ("status", nil, choice(InvestmentStatus.self), false), ("decided_on", nil, date, false), ("done_on", nil, date, false),
                        ("projected_before", nil, ["type": "integer"], false), ("projected_after", nil, ["type": "integer"], false)],
        "customers": [same("account_name", text(max: 160), required: true), same("segment", text(max: 120)),
                      same("value_tier", choice(ValueTier.self), required: true)],
        "contacts": [same("customer_id", uuid, required: true), same("name", text(max: 120), required: true), same("role", text(max: 120)),
                     same("email", text(max: 254))],
        "frictions": [("target", ["type": "string", "description": "touchpoint:ID, handoff:ID or process:ID; or give exactly one of the three ids."], nil, false),
                      ("touchpoint_id", uuid, nullableUUID, false), ("handoff_id", uuid, nullableUUID, false), ("process_id", uuid, nullableUUID, false),
                      same("kind", choice(FrictionKind.self), required: true), same("description", text(max: 4000), required: true),
                      same("severity", integer(FrictionPoint.severities), required: true), same("source", choice(FrictionSource.self), required: true),
                      same("walk_id", uuid),
                      same("status", choice(FrictionStatus.self))],
        "conversations": [same("customer_id", uuid, required: true), same("contact_ids", uuids), same("date", date, required: true),
                          same("format", choice(ConversationFormat.self), required: true), same("attendee_ids", uuids),
                          same("works_well", text(max: 10_000)), same("does_not_work", text(max: 10_000)),
                          same("matters_most", text(max: 10_000)), same("improvements", text(max: 10_000))],
        "feedback": [same("text", text(max: 10_000), required: true), same("kind", choice(FeedbackKind.self), required: true),
                     same("source", choice(FeedbackSource.self)), same("conversation_id", uuid), same("customer_id", uuid),
                     same("date", date), same("occurred_at", dateTime), same("stage_id", uuid), same("touchpoint_ids", uuids),
                     same("priority", integer(FeedbackItem.priorities)),
                     ("sentiment_score", nil, ["type": "number", "minimum": -1, "maximum": 1], false),
                     ("sentiment_label", nil, choice(SentimentLabel.self), false),
                     same("nps", integer(FeedbackItem.npsScale)), same("csat", integer(FeedbackItem.csatScale)),
                     same("ces", integer(FeedbackItem.cesScale)), same("channel", text(max: 80)), same("segment", text(max: 120)),
                     same("external_id", text(max: 200)),
                     ("theme", nil, ["type": "string", "description": "The theme it was assigned to; set by Align."], false),
                     ("import_id", nil, ["type": "string", "format": "uuid", "description": "The import that brought it; set by Align."], false)],
    ]

    /// The request body schema; with `partial`, nothing is required (PATCH).
    static func input(_ kind: String, partial: Bool = false) -> JSONDocument {
        let props = properties[kind] ?? []
        let required = partial ? [] : props.filter(\.required).map { JSONDocument.string($0.name) }
        return .object([("type", "object"),
                        ("properties", .object(props.compactMap { prop in prop.input.map { (prop.name, $0) } }))]
                       + (required.isEmpty ? [] : [("required", .array(required))]))
    }

    /// The stored record as returned: its properties plus id and organization.
    static func output(_ kind: String) -> JSONDocument {
        let props = properties[kind] ?? []
        var fields = props.compactMap { prop in prop.output.map { (prop.name, $0) } }
        fields.insert(("id", uuid), at: 0)
        if kind != "organizations" { fields.insert(("organization_id", uuid), at: 1) }
        let required = ["id"] + props.filter { $0.required && $0.output != nil }.map(\.name)
        return .object([("type", "object"), ("properties", .object(fields)), ("required", .array(required.map { .string($0) }))])
    }

    static let problem: JSONDocument = [
        "type": "object", "required": ["title", "status", "detail"],
        "properties": ["type": text, "title": text, "status": ["type": "integer"], "detail": text,
                       "errors": ["type": "array", "items": ["type": "object", "required": ["field", "message"],
                                                             "properties": ["field": text, "message": text]]],
                       "request_id": ["type": "string", "description": "The request's id, as the logs and the X-Request-Id header name it."]],
    ]
}

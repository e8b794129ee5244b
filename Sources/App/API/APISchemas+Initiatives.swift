import Domain

extension APISchemas {
    static let nullableDate: JSONDocument = ["type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]

    /// Initiatives, their planned changes and capability needs.
    static let initiativeProperties: [String: [Property]] = [
        "initiatives": [same("title", text(max: 160), required: true), same("description", text(max: 10_000)),
                        same("owner_team_id", uuid), same("owner_person_id", uuid), same("due_date", date, required: true),
                        same("friction_ids", uuids), same("themes", ["type": "array", "items": text(max: 120)]),
                        ("status", nil, choice(InitiativeStatus.self), false), ("done_on", nil, date, false), ("verified_on", nil, date, false)],
        "initiative-changes": [same("initiative_id", uuid, required: true),
                               ("target", ["type": "string", "description": "process:ID or handoff:ID; or give exactly one of the two ids."], nil, false),
                               ("process_id", uuid, nullableUUID, false), ("handoff_id", uuid, nullableUUID, false),
                               same("today", text(max: 10_000)), same("tomorrow", text(max: 10_000), required: true),
                               ("new_accountable_team_id", uuid, nullableUUID, false), ("new_accountable_person_id", uuid, nullableUUID, false),
                               ("applied_on", nil, nullableDate, false)],
        "capability-needs": [same("initiative_id", uuid, required: true), same("kind", choice(CapabilityKind.self), required: true),
                             same("description", text(max: 4000), required: true), same("team_id", uuid),
                             same("status", choice(CapabilityStatus.self)), same("due_date", date, required: true)],
    ]
}

import Domain

/// The metrics record kinds' bodies: KPIs, their values and declared effects, and customer outcomes.
extension APISchemas {
    static let number: JSONDocument = ["type": "number"]
    static let nullableNumber: JSONDocument = ["type": ["number", "null"]]

    static let metricProperties: [String: [Property]] = [
        "kpis": [same("team_id", uuid, required: true), same("name", text(max: 200), required: true), same("unit", text(max: 40)),
                 same("rewarded", choice(RewardedDirection.self), required: true), ("target", number, nullableNumber, false),
                 ("range_low", number, nullableNumber, false), ("range_high", number, nullableNumber, false), same("description", text(max: 2000))],
        "kpi-values": [same("kpi_id", uuid, required: true), same("period", date, required: true), same("value", number, required: true),
                       same("dimension", text(max: 200))],
        "kpi-effects": [same("kpi_id", uuid, required: true), ("outcome_id", uuid, nullableUUID, false), ("driven_kpi_id", uuid, nullableUUID, false),
                        same("sign", choice(EffectSign.self), required: true), same("reason", text(max: 500), required: true)],
        "outcomes": [same("name", text(max: 300), required: true), same("description", text(max: 2000)), same("stage_ids", uuids),
                     same("touchpoint_ids", uuids)],
        "competencies": [same("key", text(max: 60), required: true), same("name", text(max: 200), required: true), same("description", text(max: 2000)),
                         same("level_1", text(max: 1000), required: true), same("level_2", text(max: 1000), required: true),
                         same("level_3", text(max: 1000), required: true), same("level_4", text(max: 1000), required: true),
                         same("level_5", text(max: 1000), required: true), same("position", integer(1...100))],
        "centricity-targets": [same("competency_id", uuid, required: true), same("level", integer(1...Competency.levelCount), required: true),
                               same("reason", text(max: 2000), required: true), same("initiative_ids", uuids), same("kpi_ids", uuids),
                               same("commitment_ids", uuids)],
        "centricity-assessments": [same("competency_id", uuid, required: true), same("assessor", text(max: 200), required: true),
                                   same("level", integer(1...Competency.levelCount), required: true), same("date", date, required: true),
                                   same("note", text(max: 2000))],
    ]
}

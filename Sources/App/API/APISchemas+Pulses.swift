import Domain

/// The pulse record kinds' bodies: the question library and pulses (whose sent day is read-only).
extension APISchemas {
    static let pulseProperties: [String: [Property]] = [
        "pulse-questions": [same("set", choice(PulseQuestionSet.self), required: true), same("topic", choice(PulseTopic.self), required: true),
                            same("kind", choice(PulseAnswerKind.self), required: true), same("text", text(max: 300), required: true),
                            same("position", integer(0...999))],
        "pulses": [same("title", text(max: 200), required: true), same("team_ids", uuids, required: true),
                   same("sets", ["type": "array", "items": choice(PulseQuestionSet.self)], required: true), same("closes_on", date, required: true),
                   ("sent_on", nil, ["type": ["string", "null"]], false)],
        "walks": [same("journey_id", uuid, required: true), same("date", date, required: true), same("mode", choice(WalkMode.self), required: true),
                  same("channel", choice(Domain.Channel.self)), same("participants", text(max: 2000), required: true), same("notes", text(max: 4000))],
        "escalations": [same("from_team_id", uuid, required: true), same("to_team_id", uuid, required: true), same("date", date, required: true),
                        same("reason", text(max: 2000))],
    ]
}

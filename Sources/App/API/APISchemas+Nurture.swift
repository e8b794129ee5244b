import Domain

extension APISchemas {
    /// Follow-up notes and check-ins.
    static let nurtureProperties: [String: [Property]] = [
        "follow-up-notes": [same("conversation_id", uuid, required: true), same("body", text(max: 20_000), required: true),
                            same("status", choice(NoteStatus.self)), same("sent_on", date)],
        "check-ins": [same("customer_id", uuid, required: true), same("conversation_id", uuid), same("due_date", date, required: true),
                      same("assignee_id", uuid), same("status", choice(CheckInStatus.self)), same("feeling", integer(CheckIn.feelings)),
                      same("comment", text(max: 10_000)), same("completed_on", date), same("offset_months", integer(1...36))],
    ]
}

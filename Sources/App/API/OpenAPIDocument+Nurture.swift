import Domain
import Web

/// Nurture in the API: the lists, marking notes sent, settings, the inbox and webhook deliveries.
extension OpenAPIDocument {
    static let settingsSchema: JSONDocument = [
        "type": "object", "required": ["check_in_months", "reminder_days_before", "fatigue_limit", "fatigue_window_days"],
        "properties": ["check_in_months": ["type": "array", "items": APISchemas.integer(1...36)],
                       "reminder_days_before": APISchemas.integer(0...30), "fatigue_limit": APISchemas.integer(1...100),
                       "fatigue_window_days": APISchemas.integer(7...730), "webhook_url": APISchemas.text(max: 2000)],
    ]

    static let settingsInputSchema: JSONDocument = [
        "type": "object", "required": ["reminder_days_before", "fatigue_limit", "fatigue_window_days"],
        "properties": ["check_in_months": ["type": "string", "description": "Months after each conversation, e.g. \"3, 6\"; blank for none."],
                       "reminder_days_before": APISchemas.integer(0...30), "fatigue_limit": APISchemas.integer(1...100),
                       "fatigue_window_days": APISchemas.integer(7...730), "webhook_url": APISchemas.text(max: 2000)],
    ]

    static let inboxEntrySchema: JSONDocument = [
        "type": "object", "required": ["id", "title", "body", "url", "created_at", "read"],
        "properties": ["id": APISchemas.uuid, "title": APISchemas.text, "body": APISchemas.text, "url": APISchemas.text,
                       "created_at": ["type": "string", "format": "date-time"], "read": ["type": "boolean"]],
    ]

    static let deliverySchema: JSONDocument = [
        "type": "object", "required": ["id", "state", "attempts", "created_at", "event"],
        "properties": ["id": APISchemas.uuid, "state": ["type": "string", "enum": ["queued", "running", "retrying", "done", "failed"]],
                       "attempts": ["type": "integer", "minimum": 0], "last_status_code": ["type": "integer"], "last_error": APISchemas.text,
                       "next_attempt_at": ["type": "string", "format": "date-time"], "created_at": ["type": "string", "format": "date-time"],
                       "event": APISchemas.text],
    ]

    static var nurturePaths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let page = [queryParameter("page", integer: true), queryParameter("per", integer: true)]
        return [
            (SiteURL.api(.key, .nurture).openAPIPath, .object([
                ("get", operation("Check-ins due this week, overdue or assigned to me; or follow-up notes still to send (view=drafts)",
                                  parameters: [org, ["name": "view", "in": "query", "required": false,
                                                     "schema": ["type": "string", "enum": .array(NurtureView.allCases.map { .string($0.rawValue) })]]] + page,
                                  success: ("200", paged(["type": "object"])), problems: [401, 404, 422])),
            ])),
            (SiteURL.api(.key, .recordStep(.followUpNotes, .key, .sent)).openAPIPath, .object([
                ("post", operation("Mark a follow-up note sent today", parameters: [org, id], success: ("200", ref("FollowUpNotes")),
                                   problems: [401, 403, 404])),
            ])),
            (SiteURL.api(.key, .nurtureSettings).openAPIPath, .object([
                ("get", operation("The organization's Nurture settings", parameters: [org], success: ("200", settingsSchema), problems: [401, 404])),
                ("put", operation("Replace the Nurture settings (administrators)", parameters: [org], body: settingsInputSchema,
                                  success: ("200", settingsSchema), problems: [400, 401, 403, 404, 422])),
            ])),
            (SiteURL.api(.key, .inbox).openAPIPath, .object([
                ("get", operation("My reminders in this organization, newest first", parameters: [org, queryParameter("page", integer: true)],
                                  success: ("200", ["type": "object", "required": ["items", "page", "page_count", "unread"],
                                                    "properties": ["items": ["type": "array", "items": inboxEntrySchema], "page": ["type": "integer"],
                                                                   "page_count": ["type": "integer"], "unread": ["type": "integer"]]]),
                                  problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .inboxMessage(.key, .read)).openAPIPath, .object([
                ("post", operation("Mark one of my reminders read", parameters: [org, id], success: ("204", nil), problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .recordStep(.customers, .key, .timeline)).openAPIPath, .object([
                ("get", operation("A customer's timeline, newest first: conversations, notes sent, check-ins, initiatives that answered them, and being told what changed",
                                  parameters: [org, id],
                                  success: ("200", ["type": "array", "items": ["type": "object", "required": ["date", "kind", "title", "detail", "path"],
                                                                               "properties": ["date": APISchemas.date, "kind": ["type": "string", "enum": ["conversation", "note-sent", "check-in", "check-in-due", "initiative", "told-what-changed"]],
                                                                                              "title": APISchemas.text, "detail": APISchemas.text, "path": APISchemas.text]]]),
                                  problems: [401, 404])),
            ])),
            (SiteURL.api(.key, .webhookDeliveries).openAPIPath, .object([
                ("get", operation("Webhook deliveries, newest first, with their state and last answer", parameters: [org, queryParameter("page", integer: true)],
                                  success: ("200", ["type": "object", "required": ["items", "page", "page_count"],
                                                    "properties": ["items": ["type": "array", "items": deliverySchema], "page": ["type": "integer"],
                                                                   "page_count": ["type": "integer"]]]),
                                  problems: [401, 404])),
            ])),
        ]
    }
}

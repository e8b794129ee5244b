import FluentKit

/// Nurture: follow-up notes, check-ins, settings, closing-the-loop notes, scheduled jobs, inboxes,
/// webhook attempts and calendar feeds.
let nurtureMigrations: [any Migration] = [
    CreateFollowUpNotes(), CreateCheckIns(), CreateNurtureSettings(), CreateClosingNotes(), CreateJobs(),
    CreateInboxMessages(), CreateWebhookAttempts(), CreateCalendarFeeds(),
]

struct CreateFollowUpNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("follow_up_notes").organizationOwned()
            .field("conversation_id", .uuid, .required, .references("conversations", "id", onDelete: .cascade))
            .field("body", .string, .required).field("status", .string, .required).field("sent_on", .string)
            .timestamps().unique(on: "conversation_id").create()
        try await createIndexes("follow_up_notes", [["organization_id", "status"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("follow_up_notes").delete() }
}

struct CreateCheckIns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("check_ins").organizationOwned()
            .field("customer_id", .uuid, .required, .references("customers", "id", onDelete: .cascade))
            .field("conversation_id", .uuid, .references("conversations", "id", onDelete: .cascade))
            .field("due_date", .string, .required)
            .field("assignee_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("status", .string, .required).field("feeling", .int).field("comment", .string, .required)
            .field("completed_on", .string).field("offset_months", .int)
            .timestamps().create()
        try await createIndexes("check_ins", [["organization_id", "status", "due_date"], ["customer_id"], ["conversation_id"], ["assignee_id"]],
                                on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("check_ins").delete() }
}

struct CreateNurtureSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("nurture_settings").organizationOwned()
            .field("check_in_months", .string, .required).field("reminder_days_before", .int, .required)
            .field("fatigue_limit", .int, .required).field("fatigue_window_days", .int, .required)
            .field("webhook_url", .string).field("webhook_secret", .string, .required).field("updated_at", .datetime)
            .unique(on: "organization_id").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("nurture_settings").delete() }
}

struct CreateClosingNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("closing_notes").organizationOwned()
            .field("customer_id", .uuid, .required, .references("customers", "id", onDelete: .cascade))
            .field("initiative_id", .uuid, .required, .references("initiatives", "id", onDelete: .cascade))
            .field("check_in_id", .uuid, .references("check_ins", "id", onDelete: .setNull))
            .field("status", .string, .required).field("shared_on", .string).field("created_at", .datetime)
            .unique(on: "customer_id", "initiative_id").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("closing_notes").delete() }
}

struct CreateJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("jobs").organizationOwned()
            .field("kind", .string, .required).field("job_key", .string, .required).field("payload", .string, .required)
            .field("run_at", .datetime, .required).field("attempts", .int, .required)
            .field("claimed_by", .string).field("claim_token", .string).field("claimed_at", .datetime)
            .field("done_at", .datetime).field("failed_at", .datetime).field("last_error", .string).field("created_at", .datetime)
            .unique(on: "job_key").create()
        try await createIndexes("jobs", [["done_at", "failed_at", "run_at"], ["organization_id", "kind"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("jobs").delete() }
}

struct CreateInboxMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inbox_messages").organizationOwned()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("job_id", .uuid, .required, .references("jobs", "id", onDelete: .cascade))
            .field("title", .string, .required).field("body", .string, .required).field("url", .string, .required)
            .field("created_at", .datetime).field("read_at", .datetime)
            .unique(on: "job_id", "user_id").create()
        try await createIndexes("inbox_messages", [["user_id", "organization_id", "read_at"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("inbox_messages").delete() }
}

struct CreateWebhookAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("webhook_attempts").organizationOwned()
            .field("job_id", .uuid, .required, .references("jobs", "id", onDelete: .cascade))
            .field("attempt", .int, .required).field("status_code", .int).field("error", .string)
            .field("duration_ms", .int, .required).field("created_at", .datetime).create()
        try await createIndexes("webhook_attempts", [["job_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("webhook_attempts").delete() }
}

struct CreateCalendarFeeds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_feeds").organizationOwned()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required).field("prefix", .string, .required)
            .field("created_at", .datetime).field("last_used_at", .datetime).field("revoked_at", .datetime)
            .unique(on: "token_hash").create()
        try await createIndexes("calendar_feeds", [["user_id", "organization_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("calendar_feeds").delete() }
}

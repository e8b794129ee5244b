import FluentKit

struct CreateConversations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("conversations").organizationOwned()
            .field("customer_id", .uuid, .required, .references("customers", "id", onDelete: .cascade))
            .field("contact_ids", .string, .required).field("attendee_ids", .string, .required)
            .field("date", .string, .required).field("format", .string, .required)
            .field("works_well", .string, .required).field("does_not_work", .string, .required)
            .field("matters_most", .string, .required).field("improvements", .string, .required)
            .timestamps().create()
        try await createIndexes("conversations", [["organization_id", "date"], ["customer_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("conversations").delete() }
}

struct CreateFeedbackItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_items").organizationOwned()
            .field("text", .string, .required).field("kind", .string, .required).field("source", .string, .required)
            .field("conversation_id", .uuid, .references("conversations", "id", onDelete: .cascade))
            .field("customer_id", .uuid, .references("customers", "id", onDelete: .setNull))
            .field("date", .string)
            .field("stage_id", .uuid, .references("stages", "id", onDelete: .setNull))
            .field("priority", .int)
            .timestamps().create()
        try await createIndexes("feedback_items", [["organization_id", "created_at"], ["conversation_id"], ["customer_id"], ["stage_id"]],
                                on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_items").delete() }
}

struct CreateFeedbackTouchpoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_touchpoints").id()
            .field("feedback_id", .uuid, .required, .references("feedback_items", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .unique(on: "feedback_id", "touchpoint_id").create()
        try await createIndexes("feedback_touchpoints", [["touchpoint_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_touchpoints").delete() }
}

/// Sentiment is worked out when feedback is saved, so lists and pages read it instead of computing it.
struct AddFeedbackSentimentScore: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_items").field("sentiment_score", .double).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("feedback_items").deleteField("sentiment_score").update()
    }
}

struct AddFeedbackSentimentLabel: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_items").field("sentiment_label", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("feedback_items").deleteField("sentiment_label").update()
    }
}

import FluentKit

/// Links between what customers said and the frictions the team recorded.
let legitimizeMigrations: [any Migration] = [
    CreateFrictionLinks(),
    // Walking an organization's feedback by id a page at a time (link proposals, theme recompute):
    // without it SQLite sorted all the organization's rows again for every page.
    AddIndex(table: "feedback_items", columns: ["organization_id", "id"]),
]

/// One row per proposed, confirmed or rejected link. `feedback_id` links one item; `theme` links a
/// whole theme; `via_theme` marks an item link that a confirmed theme link brought in.
struct CreateFrictionLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("friction_links").organizationOwned()
            .field("friction_id", .uuid, .required, .references("friction_points", "id", onDelete: .cascade))
            .field("feedback_id", .uuid, .references("feedback_items", "id", onDelete: .cascade))
            .field("theme", .string).field("via_theme", .string)
            .field("status", .string, .required).field("similarity", .double, .required).field("shared_words", .string, .required)
            .field("decided_by", .string).field("decided_at", .datetime)
            .timestamps().create()
        try await createIndexes("friction_links", [["organization_id", "status"], ["friction_id", "status"], ["feedback_id", "status"]],
                                on: database)
        try await AddIndex(table: "friction_links", columns: ["friction_id", "feedback_id"], unique: true).prepare(on: database)
        try await AddIndex(table: "friction_links", columns: ["friction_id", "theme"], unique: true).prepare(on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("friction_links").delete() }
}

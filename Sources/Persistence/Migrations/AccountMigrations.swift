import FluentKit

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").id()
            .field("email", .string, .required).field("name", .string, .required)
            .field("password_hash", .string, .required)
            .timestamps().unique(on: "email").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("users").delete() }
}

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("memberships").id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("role", .string, .required).field("team_ids", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "organization_id").create()
        try await createIndexes("memberships", [["organization_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("memberships").delete() }
}

struct CreateAPITokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens").id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("name", .string, .required).field("token_hash", .string, .required).field("prefix", .string, .required)
            .field("created_at", .datetime).field("last_used_at", .datetime).field("revoked_at", .datetime)
            .unique(on: "token_hash").create()
        try await createIndexes("api_tokens", [["user_id", "organization_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("api_tokens").delete() }
}

struct CreateSignInAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_attempts").id()
            .field("email", .string, .required).field("address", .string, .required)
            .field("succeeded", .bool, .required).field("at", .datetime, .required)
            .create()
        try await createIndexes("sign_in_attempts", [["email", "at"], ["address", "at"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("sign_in_attempts").delete() }
}

struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries").id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("actor_name", .string, .required).field("action", .string, .required).field("kind", .string, .required)
            .field("record_id", .uuid, .required).field("record_title", .string, .required)
            .field("changes", .string, .required).field("at", .datetime, .required)
            .create()
        try await createIndexes("audit_entries", [["organization_id", "at"], ["organization_id", "user_id"], ["organization_id", "kind"]],
                                on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("audit_entries").delete() }
}

struct CreateInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("invitations").id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("email", .string, .required).field("role", .string, .required).field("team_ids", .string, .required)
            .field("token_hash", .string, .required).field("expires_at", .datetime, .required)
            .field("accepted_at", .datetime).field("revoked_at", .datetime)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull)).field("created_at", .datetime)
            .unique(on: "token_hash").create()
        try await createIndexes("invitations", [["organization_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("invitations").delete() }
}

import FluentKit
import SQLKit

/// Every migration, in the order it must run. Append only; never edit a shipped one.
public enum AlignMigrations {
    public static let all: [any Migration] = [
        CreateOrganizations(), CreateTeams(), CreatePeople(), CreateStrategyGoals(),
        CreateJourneys(), CreateStages(), CreateTouchpoints(), CreateHandoffs(),
        CreateProcesses(), CreateProcessTouchpoints(), CreateCustomers(), CreateContacts(),
        CreateFrictionPoints(), CreateUsers(), CreateMemberships(), CreateAPITokens(), CreateSignInAttempts(),
        CreateAuditEntries(), CreateInvitations(), CreateWriteGate(),
        CreateConversations(), CreateFeedbackItems(), CreateFeedbackTouchpoints(),
        AddFeedbackSentimentScore(), AddFeedbackSentimentLabel(),
    ] + feedbackScoreMigrations + legitimizeMigrations + integrateMigrations + nurtureMigrations
        + figureMigrations + operationsMigrations
}

extension SchemaBuilder {
    /// The columns every organization-owned table starts with.
    func organizationOwned() -> Self {
        id().field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
    }

    func timestamps() -> Self {
        field("created_at", .datetime).field("updated_at", .datetime)
    }
}

/// Creates plain indexes with SQL both SQLite and PostgreSQL accept.
func createIndexes(_ table: String, _ columnSets: [[String]], on database: any Database) async throws {
    guard let sql = database as? any SQLDatabase else { return }
    for columns in columnSets {
        let name = "idx_\(table)_\(columns.joined(separator: "_"))"
        try await sql.raw("CREATE INDEX IF NOT EXISTS \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: columns.joined(separator: ", ")))").run()
    }
}

struct CreateOrganizations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organizations").id()
            .field("name", .string, .required).field("slug", .string, .required)
            .field("purpose", .string, .required).field("brand_promise", .string, .required)
            .timestamps().unique(on: "slug").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("organizations").delete() }
}

struct CreateTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("teams").organizationOwned()
            .field("name", .string, .required).field("function", .string, .required)
            .field("parent_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .timestamps().create()
        try await createIndexes("teams", [["organization_id", "name"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("teams").delete() }
}

struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people").organizationOwned()
            .field("name", .string, .required).field("email", .string, .required)
            .field("team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("job_title", .string, .required)
            .timestamps().create()
        try await createIndexes("people", [["organization_id", "name"], ["team_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("people").delete() }
}

struct CreateStrategyGoals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("strategy_goals").organizationOwned()
            .field("title", .string, .required).field("description", .string, .required)
            .field("measure", .string, .required)
            .timestamps().create()
        try await createIndexes("strategy_goals", [["organization_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("strategy_goals").delete() }
}

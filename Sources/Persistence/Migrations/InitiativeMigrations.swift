import FluentKit

/// Integrate and Grow: initiatives, what they change, their history and the capability they need.
let integrateMigrations: [any Migration] = [
    CreateInitiatives(), CreateInitiativeFrictions(), CreateInitiativeStatusChanges(), CreateInitiativeChanges(),
    CreateRecordRevisions(), CreateCapabilityNeeds(),
]

struct CreateInitiatives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("initiatives").organizationOwned()
            .field("title", .string, .required).field("description", .string, .required)
            .field("owner_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("owner_person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("due_date", .string, .required).field("themes", .string, .required)
            .field("status", .string, .required).field("done_on", .string).field("verified_on", .string)
            .timestamps().create()
        try await createIndexes("initiatives", [["organization_id", "status"], ["owner_team_id"], ["owner_person_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("initiatives").delete() }
}

struct CreateInitiativeFrictions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("initiative_frictions").id()
            .field("initiative_id", .uuid, .required, .references("initiatives", "id", onDelete: .cascade))
            .field("friction_id", .uuid, .required, .references("friction_points", "id", onDelete: .cascade))
            .field("position", .int, .required).create()
        try await createIndexes("initiative_frictions", [["initiative_id"], ["friction_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("initiative_frictions").delete() }
}

struct CreateInitiativeStatusChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("initiative_status_changes").organizationOwned()
            .field("initiative_id", .uuid, .required, .references("initiatives", "id", onDelete: .cascade))
            .field("from_status", .string, .required).field("to_status", .string, .required)
            .field("by_user_id", .uuid, .references("users", "id", onDelete: .setNull)).field("by_name", .string, .required)
            .field("note", .string, .required).field("created_at", .datetime).create()
        try await createIndexes("initiative_status_changes", [["initiative_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("initiative_status_changes").delete() }
}

struct CreateInitiativeChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("initiative_changes").organizationOwned()
            .field("initiative_id", .uuid, .required, .references("initiatives", "id", onDelete: .cascade))
            .field("process_id", .uuid, .references("processes", "id", onDelete: .cascade))
            .field("handoff_id", .uuid, .references("handoffs", "id", onDelete: .cascade))
            .field("today", .string, .required).field("tomorrow", .string, .required)
            .field("new_accountable_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("new_accountable_person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("applied_on", .string).timestamps().create()
        try await createIndexes("initiative_changes", [["initiative_id"], ["process_id"], ["handoff_id"], ["organization_id", "applied_on"]],
                                on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("initiative_changes").delete() }
}

/// Values before and after an applied change; kept when the initiative goes, so the record's history stays whole.
struct CreateRecordRevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("record_revisions").organizationOwned()
            .field("record_kind", .string, .required).field("record_id", .uuid, .required)
            .field("initiative_id", .uuid, .references("initiatives", "id", onDelete: .setNull))
            .field("change_id", .uuid, .references("initiative_changes", "id", onDelete: .setNull))
            .field("field", .string, .required).field("before", .string, .required).field("after", .string, .required)
            .field("applied_on", .string, .required).field("by_name", .string, .required).field("created_at", .datetime).create()
        try await createIndexes("record_revisions", [["record_kind", "record_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("record_revisions").delete() }
}

struct CreateCapabilityNeeds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("capability_needs").organizationOwned()
            .field("initiative_id", .uuid, .required, .references("initiatives", "id", onDelete: .cascade))
            .field("kind", .string, .required).field("description", .string, .required)
            .field("team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("status", .string, .required).field("due_date", .string, .required)
            .timestamps().create()
        try await createIndexes("capability_needs", [["initiative_id", "status"], ["team_id", "status"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("capability_needs").delete() }
}

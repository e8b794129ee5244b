import FluentKit

struct CreateJourneys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("journeys").organizationOwned()
            .field("name", .string, .required).field("segment", .string, .required)
            .field("description", .string, .required)
            .timestamps().create()
        try await createIndexes("journeys", [["organization_id", "name"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("journeys").delete() }
}

struct CreateStages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stages").organizationOwned()
            .field("journey_id", .uuid, .required, .references("journeys", "id", onDelete: .cascade))
            .field("name", .string, .required).field("description", .string, .required)
            .field("position", .int, .required)
            .timestamps().create()
        try await createIndexes("stages", [["organization_id"], ["journey_id", "position"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("stages").delete() }
}

struct CreateTouchpoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("touchpoints").organizationOwned()
            .field("journey_id", .uuid, .required, .references("journeys", "id", onDelete: .cascade))
            .field("stage_id", .uuid, .required, .references("stages", "id", onDelete: .cascade))
            .field("name", .string, .required).field("channel", .string, .required)
            .field("owning_team_id", .uuid, .required, .references("teams", "id", onDelete: .noAction))
            .field("expected_wait_minutes", .int).field("effort_minutes", .int)
            .field("description", .string, .required).field("position", .int, .required)
            .timestamps().create()
        try await createIndexes("touchpoints", [["organization_id"], ["journey_id"], ["stage_id", "position"],
                                                ["owning_team_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("touchpoints").delete() }
}

struct CreateHandoffs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("handoffs").organizationOwned()
            .field("journey_id", .uuid, .required, .references("journeys", "id", onDelete: .cascade))
            .field("from_touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .field("to_touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .field("accountable_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("accountable_person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("information", .string, .required).field("customer_repeats", .bool, .required)
            .timestamps().create()
        try await createIndexes("handoffs", [["organization_id"], ["journey_id"], ["from_touchpoint_id"],
                                             ["to_touchpoint_id"], ["accountable_team_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("handoffs").delete() }
}

struct CreateProcesses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("processes").organizationOwned()
            .field("kind", .string, .required).field("name", .string, .required)
            .field("owner_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("description", .string, .required).field("steps", .string, .required)
            .field("last_reviewed", .string)
            .timestamps().create()
        try await createIndexes("processes", [["organization_id", "name"], ["owner_team_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("processes").delete() }
}

struct CreateProcessTouchpoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("process_touchpoints").id()
            .field("process_id", .uuid, .required, .references("processes", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "process_id", "touchpoint_id").create()
        try await createIndexes("process_touchpoints", [["touchpoint_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("process_touchpoints").delete() }
}

struct CreateCustomers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("customers").organizationOwned()
            .field("account_name", .string, .required).field("segment", .string, .required)
            .field("value_tier", .string, .required)
            .timestamps().create()
        try await createIndexes("customers", [["organization_id", "account_name"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("customers").delete() }
}

struct CreateContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contacts").organizationOwned()
            .field("customer_id", .uuid, .required, .references("customers", "id", onDelete: .cascade))
            .field("name", .string, .required).field("role", .string, .required).field("email", .string, .required)
            .timestamps().create()
        try await createIndexes("contacts", [["organization_id"], ["customer_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("contacts").delete() }
}

struct CreateFrictionPoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("friction_points").organizationOwned()
            .field("touchpoint_id", .uuid, .references("touchpoints", "id", onDelete: .cascade))
            .field("handoff_id", .uuid, .references("handoffs", "id", onDelete: .cascade))
            .field("process_id", .uuid, .references("processes", "id", onDelete: .cascade))
            .field("kind", .string, .required).field("description", .string, .required)
            .field("severity", .int, .required).field("source", .string, .required)
            .field("status", .string, .required)
            .timestamps().create()
        try await createIndexes("friction_points", [["organization_id", "status", "kind"], ["touchpoint_id"],
                                                    ["handoff_id"], ["process_id"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("friction_points").delete() }
}

import FluentKit

let operationsMigrations: [any Migration] = [CreateHousekeepingRuns(), IndexPrunedTables()]

/// One row per day housekeeping ran, claimed by whichever instance inserts it first, with what it removed.
struct CreateHousekeepingRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("housekeeping_runs").id()
            .field("day", .string, .required).field("worker", .string, .required).field("started_at", .datetime, .required)
            .field("finished_at", .datetime).field("sessions", .int).field("sign_in_attempts", .int).field("jobs", .int)
            .field("webhook_attempts", .int)
            .unique(on: "day").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("housekeeping_runs").delete() }
}

/// Housekeeping finds what is past the retention period by these dates, not by reading whole tables.
struct IndexPrunedTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndexes("sign_in_attempts", [["at"]], on: database)
        try await createIndexes("webhook_attempts", [["created_at"]], on: database)
        try await createIndexes("jobs", [["done_at"]], on: database)
    }

    func revert(on database: any Database) async throws {}
}

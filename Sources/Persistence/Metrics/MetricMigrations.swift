import FluentKit
import Foundation

/// KPIs, their values and declared effects, and the customer outcomes they act on.
struct CreateMetrics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("kpis").organizationOwned()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("name", .string, .required).field("unit", .string, .required).field("rewarded", .string, .required)
            .field("target", .double).field("range_low", .double).field("range_high", .double)
            .field("description", .string, .required).timestamps().create()
        try await createIndexes("kpis", [["organization_id", "name"], ["team_id"]], on: database)
        try await database.schema("kpi_values").organizationOwned()
            .field("kpi_id", .uuid, .required, .references("kpis", "id", onDelete: .cascade))
            .field("period", .string, .required).field("value", .double, .required).field("dimension", .string, .required).timestamps()
            .unique(on: "kpi_id", "period", "dimension").create()
        try await database.schema("customer_outcomes").organizationOwned()
            .field("name", .string, .required).field("description", .string, .required).timestamps().create()
        try await createIndexes("customer_outcomes", [["organization_id", "name"]], on: database)
        try await database.schema("outcome_places").id()
            .field("outcome_id", .uuid, .required, .references("customer_outcomes", "id", onDelete: .cascade))
            .field("stage_id", .uuid, .references("stages", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .references("touchpoints", "id", onDelete: .cascade))
            .field("position", .int, .required).create()
        try await createIndexes("outcome_places", [["outcome_id"], ["stage_id"], ["touchpoint_id"]], on: database)
        try await database.schema("kpi_effects").organizationOwned()
            .field("kpi_id", .uuid, .required, .references("kpis", "id", onDelete: .cascade))
            .field("outcome_id", .uuid, .references("customer_outcomes", "id", onDelete: .cascade))
            .field("driven_kpi_id", .uuid, .references("kpis", "id", onDelete: .cascade))
            .field("sign", .string, .required).field("reason", .string, .required).timestamps().create()
        try await createIndexes("kpi_effects", [["organization_id", "kpi_id"], ["outcome_id"], ["driven_kpi_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["kpi_effects", "outcome_places", "customer_outcomes", "kpi_values", "kpis"] { try await database.schema(table).delete() }
    }
}

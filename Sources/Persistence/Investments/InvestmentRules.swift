import Domain
import FluentKit
import Foundation

/// What an investment groups exists here; its status moves only by its steps (`Investments`), so approving always
/// keeps the projection it was approved on.
public enum InvestmentRules: RecordRules {
    public typealias Record = InvestmentRecord
    public static let kind = RecordKind.investments

    public static func owningTeams(_ content: Investment, _ scope: OrgScope) async throws -> Set<UUID> { [] }

    public static func references(_ content: Investment) -> [Reference] {
        content.changeIDs.map { Reference(field: "change_ids", label: "A planned change it groups", kind: .changes, id: $0) }
            + content.initiativeIDs.map { Reference(field: "initiative_ids", label: "An initiative it groups", kind: .initiatives, id: $0) }
            + content.kpiRewards.map { Reference(field: "kpi_rewards", label: "A KPI it rewards differently", kind: .kpis, id: $0.kpiID) }
    }

    public static func validate(_ content: Investment, existing: InvestmentRecord?, _ scope: OrgScope) async throws {
        let current = existing.map { InvestmentStatus(rawValue: $0.status) ?? .proposed } ?? .proposed
        guard content.status == current else {
            throw ValidationFailure(field: "status", message: "Status is \(current.label.lowercased()); an investment is approved, rejected "
                + "or marked done with its own action, which keeps the projection it was decided on.")
        }
        if current != .proposed {
            throw ValidationFailure(field: "title", message: "This investment is \(current.label.lowercased()); what it was decided on "
                + "cannot be edited any more.")
        }
    }

    public static func deletionConsequences(_ record: InvestmentRecord, _ scope: OrgScope) async throws -> [String] {
        ["The changes and initiatives it groups stay; only the investment and its projection go."]
    }
}

struct CreateInvestments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("investments").organizationOwned()
            .field("title", .string, .required).field("kind", .string, .required).field("description", .string, .required)
            .field("cost", .string, .required).field("currency", .string, .required).field("status", .string, .required)
            .field("decided_on", .string).field("done_on", .string).field("projected_before", .int).field("projected_after", .int)
            .timestamps().create()
        try await createIndexes("investments", [["organization_id", "created_at"]], on: database)
        try await database.schema("investment_parts").id()
            .field("investment_id", .uuid, .required, .references("investments", "id", onDelete: .cascade))
            .field("kind", .string, .required).field("value", .string, .required).field("position", .int, .required)
            .unique(on: "investment_id", "kind", "value").create()
        try await createIndexes("investment_parts", [["kind", "value"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("investment_parts").delete()
        try await database.schema("investments").delete()
    }
}

import Domain
import FluentKit
import Foundation

/// One team's one-pager for one month, kept as made (JSON), so each month's page reads the same ever after.
final class TeamOnePagerRecord: Model, @unchecked Sendable {
    static let schema = "team_one_pagers"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "team_id") var teamID: UUID
    /// YYYY-MM.
    @Field(key: "month") var month: String
    @Field(key: "content") var content: String
    @Field(key: "generated_at") var generatedAt: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $teamID, $month, $content, $generatedAt] }

    init() {}

    init(organizationID: UUID, page: TeamOnePager) throws {
        (self.organizationID, teamID, month, generatedAt) = (organizationID, page.teamID, page.month, page.generatedAt)
        content = String(decoding: try JSONEncoder().encode(page), as: UTF8.self)
    }

    var page: TeamOnePager? { try? JSONDecoder().decode(TeamOnePager.self, from: Data(content.utf8)) }
}

struct CreateTeamOnePagers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("team_one_pagers").id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("month", .string, .required).field("content", .string, .required).field("generated_at", .datetime, .required)
            .unique(on: "team_id", "month").create()
        try await createIndexes("team_one_pagers", [["organization_id", "month"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("team_one_pagers").delete()
    }
}

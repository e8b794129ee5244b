import Domain
import FluentKit
import Foundation

/// A team's charter beyond its commitments: review date, version, approval.
final class CharterRecord: Model, @unchecked Sendable {
    static let schema = "team_charters"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "team_id") var teamID: UUID
    @OptionalField(key: "review_on") var reviewOn: String?
    @Field(key: "version") var version: Int
    @OptionalField(key: "approved_version") var approvedVersion: Int?
    @OptionalField(key: "approved_by") var approvedBy: String?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $teamID, $reviewOn, $version, $approvedVersion, $approvedBy, $approvedAt] }

    init() {}

    init(organizationID: UUID, teamID: UUID) {
        self.organizationID = organizationID
        self.teamID = teamID
        self.version = 0
    }

    var value: TeamCharter {
        TeamCharter(teamID: teamID, reviewOn: reviewOn.flatMap(CalendarDate.init), version: version,
                    approval: approvedVersion.map { TeamCharter.Approval(version: $0, by: approvedBy ?? "", at: approvedAt ?? Date(timeIntervalSince1970: 0)) })
    }
}

/// One change to a team's charter: its number, who made it, when, and what it was.
final class CharterVersionRecord: Model, @unchecked Sendable {
    static let schema = "charter_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "changed_at") var changedAt: Date
    @Field(key: "changed_by") var changedBy: String
    @Field(key: "change") var change: String
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $teamID, $number, $changedAt, $changedBy, $change] }

    init() {}

    init(organizationID: UUID, teamID: UUID, number: Int, by: String, change: String, at: Date) {
        (self.organizationID, self.teamID, self.number, self.changedBy, self.change, self.changedAt) = (organizationID, teamID, number, by, change, at)
    }

    var value: TeamCharter.Version { TeamCharter.Version(number: number, at: changedAt, by: changedBy, change: change) }
}

struct CreateCharters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("team_charters").organizationOwned()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("review_on", .string).field("version", .int, .required).field("approved_version", .int)
            .field("approved_by", .string).field("approved_at", .datetime)
            .unique(on: "organization_id", "team_id").create()
        try await database.schema("charter_versions").organizationOwned()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("number", .int, .required).field("changed_at", .datetime, .required)
            .field("changed_by", .string, .required).field("change", .string, .required)
            .unique(on: "team_id", "number").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("charter_versions").delete()
        try await database.schema("team_charters").delete()
    }
}

import Domain
import FluentKit
import Foundation

/// An organization's 4C health limits; an organization without a row has the defaults.
final class HealthSettingsRecord: Model, @unchecked Sendable {
    static let schema = "health_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "favourable_below") var favourableBelow: Int
    @Field(key: "nps_below") var npsBelow: Int
    @Field(key: "open_frictions_above") var openFrictionsAbove: Int
    @Field(key: "leaver_rate_above") var leaverRateAbove: Int
    @Field(key: "community_issues_above") var communityIssuesAbove: Int
    @Field(key: "commitments_kept_below") var commitmentsKeptBelow: Int
    var properties: [any AnyProperty] {
        [$id, $organizationID, $favourableBelow, $npsBelow, $openFrictionsAbove, $leaverRateAbove, $communityIssuesAbove, $commitmentsKeptBelow]
    }

    init() {}

    var limits: HealthLimits {
        HealthLimits(favourableBelow: favourableBelow, npsBelow: npsBelow, openFrictionsAbove: openFrictionsAbove, leaverRateAbove: leaverRateAbove,
                     communityIssuesAbove: communityIssuesAbove, commitmentsKeptBelow: commitmentsKeptBelow)
    }

    func apply(_ limits: HealthLimits) {
        (favourableBelow, npsBelow, openFrictionsAbove) = (limits.favourableBelow, limits.npsBelow, limits.openFrictionsAbove)
        (leaverRateAbove, communityIssuesAbove, commitmentsKeptBelow) = (limits.leaverRateAbove, limits.communityIssuesAbove, limits.commitmentsKeptBelow)
    }
}

struct CreateHealthSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("health_settings").id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("favourable_below", .int, .required).field("nps_below", .int, .required).field("open_frictions_above", .int, .required)
            .field("leaver_rate_above", .int, .required).field("community_issues_above", .int, .required)
            .field("commitments_kept_below", .int, .required).unique(on: "organization_id").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("health_settings").delete()
    }
}

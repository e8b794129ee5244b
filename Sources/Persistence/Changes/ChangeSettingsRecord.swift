import Domain
import FluentKit
import Foundation

/// An organization's limit on each team's weighted change load in a month; absent, `ChangeLoad.defaultLimit`.
final class ChangeSettingsRecord: Model, @unchecked Sendable {
    static let schema = "change_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "load_limit") var loadLimit: Int
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $loadLimit, $updatedAt] }

    init() {}

    init(organizationID: UUID, loadLimit: Int) {
        (self.organizationID, self.loadLimit) = (organizationID, loadLimit)
    }
}

struct CreateChangeSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("change_settings").organizationOwned()
            .field("load_limit", .int, .required).field("updated_at", .datetime)
            .unique(on: "organization_id").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("change_settings").delete()
    }
}

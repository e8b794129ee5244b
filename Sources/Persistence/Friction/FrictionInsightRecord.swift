import Domain
import FluentKit
import Foundation

/// The TheyDo insight a friction point was imported from, by its `importKey`: what the last import of it
/// said, kept exactly (as JSON), so a later import that leaves a property out keeps what this one gave.
final class FrictionInsightRecord: Model, @unchecked Sendable {
    static let schema = "friction_insights"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "import_key") var importKey: String
    @Field(key: "friction_id") var frictionID: UUID
    @Field(key: "insight") var insight: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $importKey, $frictionID, $insight, $updatedAt] }

    init() {}

    init(organizationID: UUID, frictionID: UUID, insight: TheyDoInsight) throws {
        self.organizationID = organizationID
        self.importKey = insight.importKey
        self.frictionID = frictionID
        self.insight = try Self.encoded(insight)
    }

    var decoded: TheyDoInsight? { try? JSONDecoder().decode(TheyDoInsight.self, from: Data(insight.utf8)) }

    static func encoded(_ insight: TheyDoInsight) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(insight), as: UTF8.self)
    }
}

/// One row per imported insight; a friction point deleted takes its row with it.
struct CreateFrictionInsights: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("friction_insights").organizationOwned()
            .field("import_key", .string, .required)
            .field("friction_id", .uuid, .required, .references("friction_points", "id", onDelete: .cascade))
            .field("insight", .string, .required).field("updated_at", .datetime)
            .unique(on: "organization_id", "import_key").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("friction_insights").delete() }
}

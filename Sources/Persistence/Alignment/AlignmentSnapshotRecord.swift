import Domain
import FluentKit
import Foundation

/// The alignment index of one scope (the organization, a team or a journey) as computed in one month, with its components
/// as JSON, so the index has a trend and pages read it rather than compute it.
final class AlignmentSnapshotRecord: Model, @unchecked Sendable {
    static let schema = "alignment_snapshots"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    /// "organization", or "team:ID" or "journey:ID".
    @Field(key: "scope_key") var scopeKey: String
    /// YYYY-MM.
    @Field(key: "month") var month: String
    @OptionalField(key: "value") var value: Int?
    @Field(key: "coverage") var coverage: Int
    @Field(key: "components") var components: String
    @Field(key: "computed_at") var computedAt: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $scopeKey, $month, $value, $coverage, $components, $computedAt] }

    init() {}

    init(organizationID: UUID, scopeKey: String, month: String, index: AlignmentIndex, at date: Date) throws {
        (self.organizationID, self.scopeKey, self.month, self.value, self.coverage) = (organizationID, scopeKey, month, index.value, index.coverage)
        components = String(decoding: try JSONEncoder().encode(index.components.map(StoredComponent.init)), as: UTF8.self)
        computedAt = date
    }

    struct StoredComponent: Codable {
        let measure: String, value: Double?, sample: Int, detail: String

        init(_ component: AlignmentIndex.Component) {
            (measure, value, sample, detail) = (component.measure.rawValue, component.value, component.sample, component.detail)
        }
    }

    var index: AlignmentIndex {
        let stored = (try? JSONDecoder().decode([StoredComponent].self, from: Data(components.utf8))) ?? []
        return AlignmentIndex(components: stored.compactMap { item in
            AlignmentMeasure(rawValue: item.measure).map { AlignmentIndex.Component(measure: $0, value: item.value, sample: item.sample, detail: item.detail) }
        })
    }
}

struct CreateAlignmentSnapshots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("alignment_snapshots").organizationOwned()
            .field("scope_key", .string, .required).field("month", .string, .required).field("value", .int)
            .field("coverage", .int, .required).field("components", .string, .required).field("computed_at", .datetime, .required)
            .unique(on: "organization_id", "scope_key", "month").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("alignment_snapshots").delete()
    }
}

import Domain
import FluentKit
import Foundation

public final class JourneyRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "journeys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "segment") var segment: String
    @Field(key: "description") var details: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $segment, $details, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Journey) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Journey) {
        name = content.name
        segment = content.segment
        details = content.description
    }

    public var content: Journey { Journey(name: name, segment: segment, description: details) }

    public static var organizationKey: KeyPath<JourneyRecord, FieldProperty<JourneyRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<JourneyRecord>) -> QueryBuilder<JourneyRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<JourneyRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<JourneyRecord> {
        if let segment = filters["segment"] { query.filter(\.$segment == segment) }
        return query
    }
}

public final class StageRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "stages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "journey_id") public var journeyID: UUID
    @Field(key: "name") var name: String
    @Field(key: "description") var details: String
    @Field(key: "position") public var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $journeyID, $name, $details, $position, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Stage) {
        self.organizationID = organizationID
        self.position = content.position
        apply(content)
    }

    public func apply(_ content: Stage) {
        if let current = $journeyID.value, current != content.journeyID {
            position = -1  // moved to another journey: placed last there by willSave
        }
        journeyID = content.journeyID
        name = content.name
        details = content.description
    }

    public var content: Stage { Stage(journeyID: journeyID, name: name, description: details, position: position) }

    public func willSave(isNew: Bool, on db: any Database) async throws {
        guard isNew || position < 0 else { return }
        let last = try await StageRecord.query(on: db).filter(\.$journeyID == journeyID).max(\.$position)
        position = (last ?? -1) + 1
    }

    public static var organizationKey: KeyPath<StageRecord, FieldProperty<StageRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<StageRecord>) -> QueryBuilder<StageRecord> {
        query.sort(\.$journeyID).sort(\.$position).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<StageRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<StageRecord> {
        if let journey = filters.id("journey_id") { query.filter(\.$journeyID == journey) }
        return query
    }
}

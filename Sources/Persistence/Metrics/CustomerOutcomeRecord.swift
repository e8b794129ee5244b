import Domain
import FluentKit
import Foundation

/// A customer outcome; where it is won or lost are its places.
public final class CustomerOutcomeRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "customer_outcomes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "description") var details: String
    @Children(for: \.$outcome) var places: [OutcomePlaceRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $details, $places, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CustomerOutcome) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CustomerOutcome) {
        (name, details) = (content.name, content.description)
    }

    public var content: CustomerOutcome {
        let places = ($places.value ?? []).sorted { $0.position < $1.position }
        return CustomerOutcome(name: name, description: details, stageIDs: places.compactMap(\.stageID), touchpointIDs: places.compactMap(\.touchpointID))
    }

    /// Replaces the places with exactly the content's, in its order.
    public func saveRelations(of content: CustomerOutcome, on db: any Database) async throws {
        let outcomeID = try requireID()
        try await OutcomePlaceRecord.query(on: db).filter(\.$outcome.$id == outcomeID).delete()
        let places = content.stageIDs.map { (stage: Optional($0), touchpoint: UUID?.none) } + content.touchpointIDs.map { (stage: UUID?.none, touchpoint: Optional($0)) }
        for (position, place) in places.enumerated() {
            try await OutcomePlaceRecord(outcomeID: outcomeID, stageID: place.stage, touchpointID: place.touchpoint, position: position).create(on: db)
        }
        $places.value = try await OutcomePlaceRecord.query(on: db).filter(\.$outcome.$id == outcomeID).all()
    }

    public static func loadRelations(_ records: [CustomerOutcomeRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$places, of: records, parentID: \.$outcome.id) { ids in
            OutcomePlaceRecord.query(on: db).filter(\.$outcome.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<CustomerOutcomeRecord, FieldProperty<CustomerOutcomeRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CustomerOutcomeRecord>) -> QueryBuilder<CustomerOutcomeRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CustomerOutcomeRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CustomerOutcomeRecord> {
        if let touchpoint = filters.id("touchpoint_id") {
            query.filter(\.$id ~~ (try await OutcomePlaceRecord.query(on: db).filter(\.$touchpointID == touchpoint).all().map { $0.$outcome.id }))
        }
        return query
    }
}

/// One stage or touchpoint an outcome is placed on: exactly one of the two is set.
public final class OutcomePlaceRecord: Model, @unchecked Sendable {
    public static let schema = "outcome_places"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "outcome_id") var outcome: CustomerOutcomeRecord
    @OptionalField(key: "stage_id") var stageID: UUID?
    @OptionalField(key: "touchpoint_id") var touchpointID: UUID?
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $outcome, $stageID, $touchpointID, $position] }

    public init() {}

    init(outcomeID: UUID, stageID: UUID?, touchpointID: UUID?, position: Int) {
        self.$outcome.id = outcomeID
        (self.stageID, self.touchpointID, self.position) = (stageID, touchpointID, position)
    }
}

/// The stages and touchpoints exist here; only administrators and CX leads keep the organization's outcomes.
public enum CustomerOutcomeRules: RecordRules {
    public typealias Record = CustomerOutcomeRecord
    public static let kind = RecordKind.outcomes

    public static func references(_ content: CustomerOutcome) -> [Reference] {
        content.stageIDs.map { Reference(field: "stage_ids", label: "Journey stages", kind: .stages, id: $0) }
            + content.touchpointIDs.map { Reference(field: "touchpoint_ids", label: "Touchpoints", kind: .touchpoints, id: $0) }
    }

    public static func deletionConsequences(_ record: CustomerOutcomeRecord, _ scope: OrgScope) async throws -> [String] {
        let effects = try await KPIEffectRecord.query(on: scope.db).filter(\.$outcomeID == record.requireID()).count()
        return effects == 0 ? [] : ["\(effects) declared KPI effect\(effects == 1 ? "" : "s") on it will be deleted."]
    }
}

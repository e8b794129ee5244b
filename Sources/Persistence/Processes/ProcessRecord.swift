import Domain
import FluentKit
import Foundation

public final class ProcessRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "processes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @OptionalField(key: "owner_team_id") var ownerTeamID: UUID?
    @Field(key: "description") var details: String
    /// One documented step per line.
    @Field(key: "steps") var steps: String
    @OptionalField(key: "last_reviewed") var lastReviewed: String?
    @Children(for: \.$process) var links: [ProcessTouchpointRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $kind, $name, $ownerTeamID, $details, $steps, $lastReviewed, $links, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: ProcessPolicy) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: ProcessPolicy) {
        kind = content.kind.rawValue
        name = content.name
        ownerTeamID = content.ownerTeamID
        details = content.description
        steps = content.steps.joined(separator: "\n")
        lastReviewed = content.lastReviewed?.description
    }

    public var content: ProcessPolicy {
        let linked = $links.value.map { $0.sorted { $0.position < $1.position }.map(\.touchpointID) } ?? []
        return ProcessPolicy(kind: ProcessKind(rawValue: kind) ?? .process, name: name, ownerTeamID: ownerTeamID,
                             description: details,
                             steps: steps.split(separator: "\n").map(String.init),
                             lastReviewed: lastReviewed.flatMap(CalendarDate.init), touchpointIDs: linked)
    }

    /// Replaces the touchpoint links with exactly the content's, in its order.
    public func saveRelations(of content: ProcessPolicy, on db: any Database) async throws {
        let processID = try requireID()
        try await ProcessTouchpointRecord.query(on: db).filter(\.$process.$id == processID).delete()
        for (index, touchpointID) in content.touchpointIDs.enumerated() {
            try await ProcessTouchpointRecord(processID: processID, touchpointID: touchpointID, position: index).create(on: db)
        }
        $links.value = try await ProcessTouchpointRecord.query(on: db).filter(\.$process.$id == processID).all()
    }

    public static func loadRelations(_ records: [ProcessRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$links, of: records, parentID: \.$process.id) { ids in
            ProcessTouchpointRecord.query(on: db).filter(\.$process.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<ProcessRecord, FieldProperty<ProcessRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<ProcessRecord>) -> QueryBuilder<ProcessRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<ProcessRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<ProcessRecord> {
        if let kind = filters.choice("kind", as: ProcessKind.self) { query.filter(\.$kind == kind.rawValue) }
        if let team = filters.id("team_id") { query.filter(\.$ownerTeamID == team) }
        if let touchpoint = filters.id("touchpoint_id") {
            let ids = try await ProcessTouchpointRecord.query(on: db).filter(\.$touchpointID == touchpoint).all()
                .map { $0.$process.id }
            query.filter(\.$id ~~ ids)
        }
        if let journey = filters.id("journey_id") {
            let touchpoints = try await TouchpointRecord.query(on: db).filter(\.$journeyID == journey).all(\.$id)
            let ids = try await ProcessTouchpointRecord.query(on: db).filter(\.$touchpointID ~~ touchpoints).all()
                .map { $0.$process.id }
            query.filter(\.$id ~~ Array(Set(ids)))
        }
        return query
    }
}

/// Which touchpoints a process or policy stands behind.
public final class ProcessTouchpointRecord: Model, @unchecked Sendable {
    public static let schema = "process_touchpoints"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "process_id") var process: ProcessRecord
    @Field(key: "touchpoint_id") var touchpointID: UUID
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $process, $touchpointID, $position] }

    public init() {}

    init(processID: UUID, touchpointID: UUID, position: Int) {
        self.$process.id = processID
        self.touchpointID = touchpointID
        self.position = position
    }
}

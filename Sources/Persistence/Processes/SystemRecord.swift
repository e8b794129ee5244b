import Domain
import FluentKit
import Foundation

/// A system behind touchpoints; its touchpoints are kept in `system_touchpoints`, in order.
public final class SystemRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "systems"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "owner_team_id") var ownerTeamID: UUID?
    @Field(key: "description") var details: String
    @Children(for: \.$system) var links: [SystemTouchpointRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $ownerTeamID, $details, $links, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: BusinessSystem) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: BusinessSystem) {
        (name, ownerTeamID, details) = (content.name, content.ownerTeamID, content.description)
    }

    public var content: BusinessSystem {
        let linked = $links.value.map { $0.sorted { $0.position < $1.position }.map(\.touchpointID) } ?? []
        return BusinessSystem(name: name, ownerTeamID: ownerTeamID, description: details, touchpointIDs: linked)
    }

    /// Replaces the touchpoint links with exactly the content's, in its order.
    public func saveRelations(of content: BusinessSystem, on db: any Database) async throws {
        let systemID = try requireID()
        try await SystemTouchpointRecord.query(on: db).filter(\.$system.$id == systemID).delete()
        for (index, touchpointID) in content.touchpointIDs.enumerated() {
            try await SystemTouchpointRecord(systemID: systemID, touchpointID: touchpointID, position: index).create(on: db)
        }
        $links.value = try await SystemTouchpointRecord.query(on: db).filter(\.$system.$id == systemID).all()
    }

    public static func loadRelations(_ records: [SystemRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$links, of: records, parentID: \.$system.id) { ids in
            SystemTouchpointRecord.query(on: db).filter(\.$system.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<SystemRecord, FieldProperty<SystemRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<SystemRecord>) -> QueryBuilder<SystemRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<SystemRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<SystemRecord> {
        if let team = filters.id("team_id") { query.filter(\.$ownerTeamID == team) }
        if let touchpoint = filters.id("touchpoint_id") {
            let ids = try await SystemTouchpointRecord.query(on: db).filter(\.$touchpointID == touchpoint).all().map { $0.$system.id }
            query.filter(\.$id ~~ ids)
        }
        if let journey = filters.id("journey_id") {
            let touchpoints = try await TouchpointRecord.query(on: db).filter(\.$journeyID == journey).all(\.$id)
            let ids = try await SystemTouchpointRecord.query(on: db).filter(\.$touchpointID ~~ touchpoints).all().map { $0.$system.id }
            query.filter(\.$id ~~ Array(Set(ids)))
        }
        return query
    }
}

/// Which touchpoints a system stands behind.
public final class SystemTouchpointRecord: Model, @unchecked Sendable {
    public static let schema = "system_touchpoints"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "system_id") var system: SystemRecord
    @Field(key: "touchpoint_id") var touchpointID: UUID
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $system, $touchpointID, $position] }

    public init() {}

    init(systemID: UUID, touchpointID: UUID, position: Int) {
        self.$system.id = systemID
        self.touchpointID = touchpointID
        self.position = position
    }
}

/// A system's owner team and touchpoints exist here; a team lead looks after the systems their team owns.
public enum SystemRules: RecordRules {
    public typealias Record = SystemRecord
    public static let kind = RecordKind.systems

    public static func owningTeams(_ content: BusinessSystem, _ scope: OrgScope) async throws -> Set<UUID> {
        Set([content.ownerTeamID].compactMap { $0 })
    }

    public static func references(_ content: BusinessSystem) -> [Reference] {
        (content.ownerTeamID.map { [Reference(field: "owner_team_id", label: "Owner team", kind: .teams, id: $0)] } ?? [])
            + content.touchpointIDs.map { Reference(field: "touchpoint_ids", label: "A chosen touchpoint", kind: .touchpoints, id: $0) }
    }

    public static func deletionConsequences(_ record: SystemRecord, _ scope: OrgScope) async throws -> [String] {
        ["It is unlinked from its touchpoints."]
    }
}

struct CreateSystems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("systems").organizationOwned()
            .field("name", .string, .required)
            .field("owner_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("description", .string, .required)
            .timestamps().create()
        try await createIndexes("systems", [["organization_id", "name"], ["owner_team_id"]], on: database)
        try await database.schema("system_touchpoints").id()
            .field("system_id", .uuid, .required, .references("systems", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "system_id", "touchpoint_id").create()
        try await createIndexes("system_touchpoints", [["touchpoint_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("system_touchpoints").delete()
        try await database.schema("systems").delete()
    }
}

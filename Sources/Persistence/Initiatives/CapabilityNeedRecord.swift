import Domain
import FluentKit
import Foundation

public final class CapabilityNeedRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "capability_needs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "initiative_id") public var initiativeID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "description") var details: String
    @OptionalField(key: "team_id") var teamID: UUID?
    @Field(key: "status") var status: String
    @Field(key: "due_date") var dueDate: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $initiativeID, $kind, $details, $teamID, $status, $dueDate, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CapabilityNeed) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CapabilityNeed) {
        initiativeID = content.initiativeID
        kind = content.kind.rawValue
        details = content.description
        teamID = content.teamID
        status = content.status.rawValue
        dueDate = content.dueDate.description
    }

    public var content: CapabilityNeed {
        CapabilityNeed(initiativeID: initiativeID, kind: CapabilityKind(rawValue: kind) ?? .skill, description: details, teamID: teamID,
                       status: CapabilityStatus(rawValue: status) ?? .open, dueDate: CalendarDate(dueDate) ?? CalendarDate(year: 2000, month: 1, day: 1)!)
    }

    public static var organizationKey: KeyPath<CapabilityNeedRecord, FieldProperty<CapabilityNeedRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CapabilityNeedRecord>) -> QueryBuilder<CapabilityNeedRecord> {
        query.sort(\.$dueDate).sort(\.$id)
    }

    /// Filters: initiative, team, kind, status (`open` means not done).
    public static func filtered(_ query: QueryBuilder<CapabilityNeedRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CapabilityNeedRecord> {
        if let initiative = filters.id("initiative_id") { query.filter(\.$initiativeID == initiative) }
        if let team = filters.id("team_id") { query.filter(\.$teamID == team) }
        if let kind = filters.choice("kind", as: CapabilityKind.self) { query.filter(\.$kind == kind.rawValue) }
        if filters["status"] == "open" {
            query.filter(\.$status != CapabilityStatus.done.rawValue)
        } else if let status = filters.choice("status", as: CapabilityStatus.self) {
            query.filter(\.$status == status.rawValue)
        }
        return query
    }

    /// How many of an initiative's needs are not done.
    public static func openCount(initiativeID: UUID, on db: any Database) async throws -> Int {
        try await query(on: db).filter(\.$initiativeID == initiativeID).filter(\.$status != CapabilityStatus.done.rawValue).count()
    }

    /// Open needs per initiative, for the whole organization at once.
    public static func openCounts(organizationID: UUID, on db: any Database) async throws -> [UUID: Int] {
        let open = try await query(on: db).filter(\.$organizationID == organizationID).filter(\.$status != CapabilityStatus.done.rawValue).all(\.$initiativeID)
        return open.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

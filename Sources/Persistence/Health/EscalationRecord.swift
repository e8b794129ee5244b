import Domain
import FluentKit
import Foundation

/// An escalation between two teams.
public final class EscalationRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "escalations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "from_team_id") var fromTeamID: UUID
    @Field(key: "to_team_id") var toTeamID: UUID
    @Field(key: "date") var date: String
    @Field(key: "reason") var reason: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $fromTeamID, $toTeamID, $date, $reason, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Escalation) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Escalation) {
        (fromTeamID, toTeamID, date, reason) = (content.fromTeamID, content.toTeamID, content.date.description, content.reason)
    }

    public var content: Escalation {
        Escalation(fromTeamID: fromTeamID, toTeamID: toTeamID, date: CalendarDate(date) ?? CalendarDate(year: 1970, month: 1, day: 1)!, reason: reason)
    }

    public static var organizationKey: KeyPath<EscalationRecord, FieldProperty<EscalationRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<EscalationRecord>) -> QueryBuilder<EscalationRecord> {
        query.sort(\.$date, .descending).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<EscalationRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<EscalationRecord> {
        if let team = filters.id("team_id") { query.group(.or) { $0.filter(\.$fromTeamID == team).filter(\.$toTeamID == team) } }
        if let since = filters["since"].flatMap(CalendarDate.init) { query.filter(\.$date >= since.description) }
        return query
    }
}

/// Both teams exist here; a team lead records escalations from or to a team they lead.
public enum EscalationRules: RecordRules {
    public typealias Record = EscalationRecord
    public static let kind = RecordKind.escalations

    public static func owningTeams(_ content: Escalation, _ scope: OrgScope) async throws -> Set<UUID> { [content.fromTeamID, content.toTeamID] }

    public static func references(_ content: Escalation) -> [Reference] {
        [Reference(field: "from_team_id", label: "From team", kind: .teams, id: content.fromTeamID),
         Reference(field: "to_team_id", label: "To team", kind: .teams, id: content.toTeamID)]
    }
}

struct CreateEscalations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("escalations").organizationOwned()
            .field("from_team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("to_team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("date", .string, .required).field("reason", .string, .required).timestamps().create()
        try await createIndexes("escalations", [["organization_id", "date"], ["from_team_id"], ["to_team_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("escalations").delete()
    }
}

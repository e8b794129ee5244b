import Domain
import FluentKit
import Foundation

/// A team's charter commitment; what it serves and concerns are its links.
public final class CommitmentRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "commitments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "text") var text: String
    @Field(key: "measure") var measure: String
    @OptionalField(key: "status") var status: String?
    @OptionalField(key: "kpi_id") var kpiID: UUID?
    @Children(for: \.$commitment) var links: [CommitmentLinkRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $teamID, $text, $measure, $status, $kpiID, $links, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CharterCommitment) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CharterCommitment) {
        teamID = content.teamID
        text = content.text
        measure = content.measure
        status = content.status.rawValue
        kpiID = content.kpiID
    }

    public var content: CharterCommitment {
        let links = ($links.value ?? []).sorted { $0.position < $1.position }
        return CharterCommitment(teamID: teamID, text: text, goalIDs: links.compactMap(\.goalID), touchpointIDs: links.compactMap(\.touchpointID),
                                 handoffIDs: links.compactMap(\.handoffID), processIDs: links.compactMap(\.processID), measure: measure,
                                 status: status.flatMap(CommitmentStatus.init) ?? .notAssessed, kpiID: kpiID)
    }

    /// Replaces the links with exactly the content's, in its order.
    public func saveRelations(of content: CharterCommitment, on db: any Database) async throws {
        let commitmentID = try requireID()
        try await CommitmentLinkRecord.query(on: db).filter(\.$commitment.$id == commitmentID).delete()
        var position = 0
        for (column, ids) in [("goal", content.goalIDs), ("touchpoint", content.touchpointIDs), ("handoff", content.handoffIDs), ("process", content.processIDs)] {
            for id in ids {
                try await CommitmentLinkRecord(commitmentID: commitmentID, column: column, target: id, position: position).create(on: db)
                position += 1
            }
        }
        $links.value = try await CommitmentLinkRecord.query(on: db).filter(\.$commitment.$id == commitmentID).all()
    }

    public static func loadRelations(_ records: [CommitmentRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$links, of: records, parentID: \.$commitment.id) { ids in
            CommitmentLinkRecord.query(on: db).filter(\.$commitment.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<CommitmentRecord, FieldProperty<CommitmentRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CommitmentRecord>) -> QueryBuilder<CommitmentRecord> {
        query.sort(\.$teamID).sort(\.$createdAt).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CommitmentRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CommitmentRecord> {
        if let team = filters.id("team_id") { query.filter(\.$teamID == team) }
        if let kpi = filters.id("kpi_id") { query.filter(\.$kpiID == kpi) }
        if filters["kpi_id"] == "none" { query.filter(\.$kpiID == nil) }
        if let goal = filters.id("goal_id") {
            query.filter(\.$id ~~ (try await CommitmentLinkRecord.query(on: db).filter(\.$goalID == goal).all().map { $0.$commitment.id }))
        }
        return query
    }
}

/// One goal a commitment serves, or one touchpoint, handoff or process it concerns: exactly one of the four
/// columns is set, each a reference that takes the link with it when its record is deleted.
public final class CommitmentLinkRecord: Model, @unchecked Sendable {
    public static let schema = "commitment_links"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "commitment_id") var commitment: CommitmentRecord
    @OptionalField(key: "goal_id") var goalID: UUID?
    @OptionalField(key: "touchpoint_id") var touchpointID: UUID?
    @OptionalField(key: "handoff_id") var handoffID: UUID?
    @OptionalField(key: "process_id") var processID: UUID?
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $commitment, $goalID, $touchpointID, $handoffID, $processID, $position] }

    public init() {}

    init(commitmentID: UUID, column: String, target: UUID, position: Int) {
        self.$commitment.id = commitmentID
        switch column {
        case "goal": goalID = target
        case "touchpoint": touchpointID = target
        case "handoff": handoffID = target
        default: processID = target
        }
        self.position = position
    }
}

/// Commitments, and their links with a reference for each kind of record they name.
struct CreateCommitments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("commitments").organizationOwned()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("text", .string, .required).field("measure", .string, .required).timestamps().create()
        try await createIndexes("commitments", [["organization_id", "team_id"]], on: database)
        try await database.schema("commitment_links").id()
            .field("commitment_id", .uuid, .required, .references("commitments", "id", onDelete: .cascade))
            .field("goal_id", .uuid, .references("strategy_goals", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .references("touchpoints", "id", onDelete: .cascade))
            .field("handoff_id", .uuid, .references("handoffs", "id", onDelete: .cascade))
            .field("process_id", .uuid, .references("processes", "id", onDelete: .cascade))
            .field("position", .int, .required).create()
        try await createIndexes("commitment_links", [["commitment_id"], ["goal_id"], ["touchpoint_id"], ["handoff_id"], ["process_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("commitment_links").delete()
        try await database.schema("commitments").delete()
    }
}

import Domain
import FluentKit
import Foundation

/// The level chosen for one competency; what is meant to close the gap are its links.
public final class CentricityTargetRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "centricity_targets"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "level") var level: Int
    @Field(key: "reason") var reason: String
    @Children(for: \.$target) var links: [CentricityTargetLinkRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $competencyID, $level, $reason, $links, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CentricityTarget) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CentricityTarget) {
        (competencyID, level, reason) = (content.competencyID, content.level, content.reason)
    }

    public var content: CentricityTarget {
        let links = ($links.value ?? []).sorted { $0.position < $1.position }
        return CentricityTarget(competencyID: competencyID, level: level, reason: reason, initiativeIDs: links.compactMap(\.initiativeID),
                                kpiIDs: links.compactMap(\.kpiID), commitmentIDs: links.compactMap(\.commitmentID))
    }

    /// Replaces the links with exactly the content's, in its order.
    public func saveRelations(of content: CentricityTarget, on db: any Database) async throws {
        let targetID = try requireID()
        try await CentricityTargetLinkRecord.query(on: db).filter(\.$target.$id == targetID).delete()
        var position = 0
        for (column, ids) in [("initiative", content.initiativeIDs), ("kpi", content.kpiIDs), ("commitment", content.commitmentIDs)] {
            for id in ids {
                try await CentricityTargetLinkRecord(targetID: targetID, column: column, linked: id, position: position).create(on: db)
                position += 1
            }
        }
        $links.value = try await CentricityTargetLinkRecord.query(on: db).filter(\.$target.$id == targetID).all()
    }

    public static func loadRelations(_ records: [CentricityTargetRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$links, of: records, parentID: \.$target.id) { ids in
            CentricityTargetLinkRecord.query(on: db).filter(\.$target.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<CentricityTargetRecord, FieldProperty<CentricityTargetRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CentricityTargetRecord>) -> QueryBuilder<CentricityTargetRecord> {
        query.sort(\.$createdAt).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CentricityTargetRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CentricityTargetRecord> {
        if let competency = filters.id("competency_id") { query.filter(\.$competencyID == competency) }
        return query
    }
}

/// One initiative, KPI or charter commitment meant to close a competency's gap: exactly one of the three is set.
public final class CentricityTargetLinkRecord: Model, @unchecked Sendable {
    public static let schema = "centricity_target_links"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "target_id") var target: CentricityTargetRecord
    @OptionalField(key: "initiative_id") var initiativeID: UUID?
    @OptionalField(key: "kpi_id") var kpiID: UUID?
    @OptionalField(key: "commitment_id") var commitmentID: UUID?
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $target, $initiativeID, $kpiID, $commitmentID, $position] }

    public init() {}

    init(targetID: UUID, column: String, linked: UUID, position: Int) {
        self.$target.id = targetID
        switch column {
        case "initiative": initiativeID = linked
        case "kpi": kpiID = linked
        default: commitmentID = linked
        }
        self.position = position
    }
}

/// One target per competency; what it links to exists here. Only administrators and CX leads choose the levels.
public enum CentricityTargetRules: RecordRules {
    public typealias Record = CentricityTargetRecord
    public static let kind = RecordKind.centricityTargets

    public static func references(_ content: CentricityTarget) -> [Reference] {
        [Reference(field: "competency_id", label: "Competency", kind: .competencies, id: content.competencyID)]
            + content.initiativeIDs.map { Reference(field: "initiative_ids", label: "Initiatives", kind: .initiatives, id: $0) }
            + content.kpiIDs.map { Reference(field: "kpi_ids", label: "KPIs", kind: .kpis, id: $0) }
            + content.commitmentIDs.map { Reference(field: "commitment_ids", label: "Charter commitments", kind: .commitments, id: $0) }
    }

    public static func validate(_ content: CentricityTarget, existing: CentricityTargetRecord?, _ scope: OrgScope) async throws {
        let same = try await CentricityTargetRecord.query(on: scope.db).filter(\.$competencyID == content.competencyID).all()
        guard same.allSatisfy({ $0.id == existing?.id }) else {
            throw ValidationFailure(field: "competency_id", message: "This competency already has a target level: change that one instead.")
        }
    }
}

/// The centricity model, the levels chosen and the assessments, on both databases.
struct CreateCentricity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("competencies").organizationOwned()
            .field("key", .string, .required).field("name", .string, .required).field("description", .string, .required)
            .field("level_1", .string, .required).field("level_2", .string, .required).field("level_3", .string, .required)
            .field("level_4", .string, .required).field("level_5", .string, .required).field("position", .int, .required).timestamps()
            .unique(on: "organization_id", "key").create()
        try await database.schema("centricity_targets").organizationOwned()
            .field("competency_id", .uuid, .required, .references("competencies", "id", onDelete: .cascade))
            .field("level", .int, .required).field("reason", .string, .required).timestamps().unique(on: "competency_id").create()
        try await database.schema("centricity_target_links").id()
            .field("target_id", .uuid, .required, .references("centricity_targets", "id", onDelete: .cascade))
            .field("initiative_id", .uuid, .references("initiatives", "id", onDelete: .cascade))
            .field("kpi_id", .uuid, .references("kpis", "id", onDelete: .cascade))
            .field("commitment_id", .uuid, .references("commitments", "id", onDelete: .cascade))
            .field("position", .int, .required).create()
        try await createIndexes("centricity_target_links", [["target_id"], ["initiative_id"], ["kpi_id"], ["commitment_id"]], on: database)
        try await database.schema("centricity_assessments").organizationOwned()
            .field("competency_id", .uuid, .required, .references("competencies", "id", onDelete: .cascade))
            .field("assessor", .string, .required).field("level", .int, .required).field("date", .string, .required)
            .field("note", .string, .required).timestamps().create()
        try await createIndexes("centricity_assessments", [["organization_id", "competency_id", "date"], ["competency_id"]], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["centricity_assessments", "centricity_target_links", "centricity_targets", "competencies"] {
            try await database.schema(table).delete()
        }
    }
}

import Domain
import FluentKit
import Foundation

/// One competency of the organization's centricity model, its five levels in their own columns.
public final class CompetencyRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "competencies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "key") var key: String
    @Field(key: "name") var name: String
    @Field(key: "description") var details: String
    @Field(key: "level_1") var level1: String
    @Field(key: "level_2") var level2: String
    @Field(key: "level_3") var level3: String
    @Field(key: "level_4") var level4: String
    @Field(key: "level_5") var level5: String
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] {
        [$id, $organizationID, $key, $name, $details, $level1, $level2, $level3, $level4, $level5, $position, $createdAt, $updatedAt]
    }

    public init() {}

    public init(organizationID: UUID, content: Competency) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Competency) {
        (key, name, details, position) = (content.key, content.name, content.description, content.position)
        let levels = content.levels + Array(repeating: "", count: max(0, Competency.levelCount - content.levels.count))
        (level1, level2, level3, level4, level5) = (levels[0], levels[1], levels[2], levels[3], levels[4])
    }

    public var content: Competency {
        Competency(key: key, name: name, description: details, levels: [level1, level2, level3, level4, level5], position: position)
    }

    public static var organizationKey: KeyPath<CompetencyRecord, FieldProperty<CompetencyRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CompetencyRecord>) -> QueryBuilder<CompetencyRecord> {
        query.sort(\.$position).sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CompetencyRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CompetencyRecord> {
        query
    }
}

/// Keys are unique in an organization (evidence finds its competency by key); only administrators and CX leads keep the model.
public enum CompetencyRules: RecordRules {
    public typealias Record = CompetencyRecord
    public static let kind = RecordKind.competencies

    public static func validate(_ content: Competency, existing: CompetencyRecord?, _ scope: OrgScope) async throws {
        let same = try await CompetencyRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$key == content.key).all()
        guard same.allSatisfy({ $0.id == existing?.id }) else {
            throw ValidationFailure(field: "key", message: "Another competency already has the key “\(content.key)”: choose another.")
        }
    }

    public static func deletionConsequences(_ record: CompetencyRecord, _ scope: OrgScope) async throws -> [String] {
        let id = try record.requireID()
        let assessments = try await CentricityAssessmentRecord.query(on: scope.db).filter(\.$competencyID == id).count()
        let targets = try await CentricityTargetRecord.query(on: scope.db).filter(\.$competencyID == id).count()
        return (targets == 0 ? [] : ["Its target level will be deleted."])
            + (assessments == 0 ? [] : ["\(assessments) assessment\(assessments == 1 ? "" : "s") of it will be deleted."])
    }
}

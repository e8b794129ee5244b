import Domain
import FluentKit
import Foundation

/// One person's assessment of one competency on a day.
public final class CentricityAssessmentRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "centricity_assessments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "assessor") var assessor: String
    @Field(key: "level") var level: Int
    @Field(key: "date") var date: String
    @Field(key: "note") var note: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $competencyID, $assessor, $level, $date, $note, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: CentricityAssessment) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: CentricityAssessment) {
        (competencyID, assessor, level, date, note) = (content.competencyID, content.assessor, content.level, content.date.description, content.note)
    }

    public var content: CentricityAssessment {
        CentricityAssessment(competencyID: competencyID, assessor: assessor, level: level,
                             date: CalendarDate(date) ?? CalendarDate(year: 1970, month: 1, day: 1)!, note: note)
    }

    public static var organizationKey: KeyPath<CentricityAssessmentRecord, FieldProperty<CentricityAssessmentRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<CentricityAssessmentRecord>) -> QueryBuilder<CentricityAssessmentRecord> {
        query.sort(\.$date, .descending).sort(\.$assessor).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<CentricityAssessmentRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<CentricityAssessmentRecord> {
        if let competency = filters.id("competency_id") { query.filter(\.$competencyID == competency) }
        return query
    }
}

/// The competency exists here; anyone but a viewer records their own view of where the organization stands.
public enum CentricityAssessmentRules: RecordRules {
    public typealias Record = CentricityAssessmentRecord
    public static let kind = RecordKind.centricityAssessments

    public static func references(_ content: CentricityAssessment) -> [Reference] {
        [Reference(field: "competency_id", label: "Competency", kind: .competencies, id: content.competencyID)]
    }
}

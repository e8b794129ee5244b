import Domain
import FluentKit
import Foundation

/// One value of a KPI; one per KPI, period and dimension.
public final class KPIValueRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "kpi_values"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "kpi_id") var kpiID: UUID
    @Field(key: "period") var period: String
    @Field(key: "value") var value: Double
    @Field(key: "dimension") var dimension: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $kpiID, $period, $value, $dimension, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: KPIValue) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: KPIValue) {
        (kpiID, period, value, dimension) = (content.kpiID, content.period.description, content.value, content.dimension)
    }

    public var content: KPIValue {
        KPIValue(kpiID: kpiID, period: CalendarDate(period) ?? CalendarDate(year: 1970, month: 1, day: 1)!, value: value, dimension: dimension)
    }

    public static var organizationKey: KeyPath<KPIValueRecord, FieldProperty<KPIValueRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<KPIValueRecord>) -> QueryBuilder<KPIValueRecord> {
        query.sort(\.$period, .descending).sort(\.$dimension).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<KPIValueRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<KPIValueRecord> {
        if let kpi = filters.id("kpi_id") { query.filter(\.$kpiID == kpi) }
        return query
    }
}

/// The KPI exists here and has no other value for the same period and dimension; a team lead records their teams' values.
public enum KPIValueRules: RecordRules {
    public typealias Record = KPIValueRecord
    public static let kind = RecordKind.kpiValues

    public static func owningTeams(_ content: KPIValue, _ scope: OrgScope) async throws -> Set<UUID> {
        guard let kpi = try await RecordStore<KPIRecord>(db: scope.db, organizationID: scope.id).find(content.kpiID) else { return [] }
        return [kpi.content.teamID]
    }

    public static func references(_ content: KPIValue) -> [Reference] {
        [Reference(field: "kpi_id", label: "KPI", kind: .kpis, id: content.kpiID)]
    }

    public static func validate(_ content: KPIValue, existing: KPIValueRecord?, _ scope: OrgScope) async throws {
        let same = try await KPIValueRecord.query(on: scope.db).filter(\.$kpiID == content.kpiID).filter(\.$period == content.period.description)
            .filter(\.$dimension == content.dimension).all().filter { $0.id != existing?.id }
        guard same.isEmpty else {
            throw ValidationFailure(field: "period", message: "This KPI already has a value for \(content.period)"
                + (content.dimension.isEmpty ? "" : " and dimension \"\(content.dimension)\"") + ": change that one instead.")
        }
    }
}

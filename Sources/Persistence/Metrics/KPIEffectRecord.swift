import Domain
import FluentKit
import Foundation

/// What a KPI does to a customer outcome or another KPI.
public final class KPIEffectRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "kpi_effects"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "kpi_id") var kpiID: UUID
    @OptionalField(key: "outcome_id") var outcomeID: UUID?
    @OptionalField(key: "driven_kpi_id") var drivenKPIID: UUID?
    @Field(key: "sign") var sign: String
    @Field(key: "reason") var reason: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $kpiID, $outcomeID, $drivenKPIID, $sign, $reason, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: KPIEffect) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: KPIEffect) {
        (kpiID, outcomeID, drivenKPIID, sign, reason) = (content.kpiID, content.outcomeID, content.drivenKPIID, content.sign.rawValue, content.reason)
    }

    public var content: KPIEffect {
        KPIEffect(kpiID: kpiID, target: outcomeID.map(MetricTarget.outcome) ?? .kpi(drivenKPIID ?? kpiID), sign: EffectSign(rawValue: sign) ?? .raises,
                  reason: reason)
    }

    public static var organizationKey: KeyPath<KPIEffectRecord, FieldProperty<KPIEffectRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<KPIEffectRecord>) -> QueryBuilder<KPIEffectRecord> {
        query.sort(\.$kpiID).sort(\.$createdAt).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<KPIEffectRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<KPIEffectRecord> {
        if let kpi = filters.id("kpi_id") { query.filter(\.$kpiID == kpi) }
        if let outcome = filters.id("outcome_id") { query.filter(\.$outcomeID == outcome) }
        return query
    }
}

/// The KPI, outcome or driven KPI exist here; a team lead declares the effects of their own team's KPIs.
public enum KPIEffectRules: RecordRules {
    public typealias Record = KPIEffectRecord
    public static let kind = RecordKind.kpiEffects

    public static func owningTeams(_ content: KPIEffect, _ scope: OrgScope) async throws -> Set<UUID> {
        guard let kpi = try await RecordStore<KPIRecord>(db: scope.db, organizationID: scope.id).find(content.kpiID) else { return [] }
        return [kpi.content.teamID]
    }

    public static func references(_ content: KPIEffect) -> [Reference] {
        [Reference(field: "kpi_id", label: "KPI", kind: .kpis, id: content.kpiID)]
            + (content.outcomeID.map { [Reference(field: "outcome_id", label: "Customer outcome", kind: .outcomes, id: $0)] } ?? [])
            + (content.drivenKPIID.map { [Reference(field: "driven_kpi_id", label: "Other KPI", kind: .kpis, id: $0)] } ?? [])
    }
}

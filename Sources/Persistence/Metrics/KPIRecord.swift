import Domain
import FluentKit
import Foundation

/// A team's KPI.
public final class KPIRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "kpis"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @Field(key: "rewarded") var rewarded: String
    @OptionalField(key: "target") var target: Double?
    @OptionalField(key: "range_low") var rangeLow: Double?
    @OptionalField(key: "range_high") var rangeHigh: Double?
    @Field(key: "description") var details: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] {
        [$id, $organizationID, $teamID, $name, $unit, $rewarded, $target, $rangeLow, $rangeHigh, $details, $createdAt, $updatedAt]
    }

    public init() {}

    public init(organizationID: UUID, content: KPI) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: KPI) {
        (teamID, name, unit, rewarded) = (content.teamID, content.name, content.unit, content.rewarded.rawValue)
        (target, rangeLow, rangeHigh, details) = (content.target, content.rangeLow, content.rangeHigh, content.description)
    }

    public var content: KPI {
        KPI(teamID: teamID, name: name, unit: unit, rewarded: RewardedDirection(rawValue: rewarded) ?? .up, target: target,
            rangeLow: rangeLow, rangeHigh: rangeHigh, description: details)
    }

    public static var organizationKey: KeyPath<KPIRecord, FieldProperty<KPIRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<KPIRecord>) -> QueryBuilder<KPIRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<KPIRecord>, by filters: ListFilters, on db: any Database) async throws -> QueryBuilder<KPIRecord> {
        if let team = filters.id("team_id") { query.filter(\.$teamID == team) }
        if let rewarded = filters.choice("rewarded", as: RewardedDirection.self) { query.filter(\.$rewarded == rewarded.rawValue) }
        return query
    }
}

/// The team exists here; a team lead keeps the KPIs of the teams they lead.
public enum KPIRules: RecordRules {
    public typealias Record = KPIRecord
    public static let kind = RecordKind.kpis

    public static func owningTeams(_ content: KPI, _ scope: OrgScope) async throws -> Set<UUID> { [content.teamID] }

    public static func references(_ content: KPI) -> [Reference] {
        [Reference(field: "team_id", label: "Team", kind: .teams, id: content.teamID)]
    }

    public static func deletionConsequences(_ record: KPIRecord, _ scope: OrgScope) async throws -> [String] {
        let id = try record.requireID()
        let values = try await KPIValueRecord.query(on: scope.db).filter(\.$kpiID == id).count()
        let effects = try await KPIEffectRecord.query(on: scope.db).group(.or) { $0.filter(\.$kpiID == id).filter(\.$drivenKPIID == id) }.count()
        let commitments = try await CommitmentRecord.query(on: scope.db).filter(\.$kpiID == id).count()
        return [values == 0 ? nil : "\(values) recorded value\(values == 1 ? "" : "s") will be deleted with it.",
                effects == 0 ? nil : "\(effects) declared effect\(effects == 1 ? "" : "s") to or from it will be deleted.",
                commitments == 0 ? nil : "\(commitments) charter commitment\(commitments == 1 ? "" : "s") measured by it will keep only their measure in words."]
            .compactMap { $0 }
    }
}

import Domain
import FluentKit
import Foundation

/// A planned investment; what it groups (changes, initiatives, blind spots, KPI rewards) is kept in
/// `investment_parts`, in order, so an investment can be found from any change or initiative it pays for.
public final class InvestmentRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "investments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "kind") var kind: String
    @Field(key: "description") var details: String
    /// The amount as entered, in text, so no cent is lost to floating point on either database.
    @Field(key: "cost") var cost: String
    @Field(key: "currency") var currency: String
    /// Kept by `Investments` (approve, reject, done), never by `apply`.
    @Field(key: "status") var status: String
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "done_on") var doneOn: String?
    @OptionalField(key: "projected_before") var projectedBefore: Int?
    @OptionalField(key: "projected_after") var projectedAfter: Int?
    @Children(for: \.$investment) var parts: [InvestmentPartRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] {
        [$id, $organizationID, $title, $kind, $details, $cost, $currency, $status, $decidedOn, $doneOn, $projectedBefore, $projectedAfter,
         $parts, $createdAt, $updatedAt]
    }

    public init() {}

    public init(organizationID: UUID, content: Investment) {
        self.organizationID = organizationID
        self.status = content.status.rawValue
        apply(content)
    }

    public func apply(_ content: Investment) {
        (title, kind, details, cost, currency) = (content.title, content.kind.rawValue, content.description, Money.text(content.cost), content.currency)
    }

    public var content: Investment {
        let parts = ($parts.value ?? []).sorted { $0.position < $1.position }
        func values(_ kind: InvestmentPartRecord.Kind) -> [String] { parts.filter { $0.kind == kind.rawValue }.map(\.value) }
        var content = Investment(title: title, kind: InvestmentKind(rawValue: kind) ?? .operational, description: details,
                                 cost: Money.parse(cost) ?? 0, currency: currency, changeIDs: values(.change).compactMap(UUID.init),
                                 initiativeIDs: values(.initiative).compactMap(UUID.init), blindSpots: values(.blindSpot),
                                 kpiRewards: values(.kpiReward).compactMap(KPIRewardChange.init(formValue:)))
        content.status = InvestmentStatus(rawValue: status) ?? .proposed
        (content.decidedOn, content.doneOn) = (decidedOn.flatMap(CalendarDate.init), doneOn.flatMap(CalendarDate.init))
        (content.projectedBefore, content.projectedAfter) = (projectedBefore, projectedAfter)
        return content
    }

    /// Replaces what it groups with exactly the content's, in its order.
    public func saveRelations(of content: Investment, on db: any Database) async throws {
        let investmentID = try requireID()
        try await InvestmentPartRecord.query(on: db).filter(\.$investment.$id == investmentID).delete()
        let parts = content.changeIDs.map { (InvestmentPartRecord.Kind.change, $0.uuidString) }
            + content.initiativeIDs.map { (.initiative, $0.uuidString) } + content.blindSpots.map { (.blindSpot, $0) }
            + content.kpiRewards.map { (.kpiReward, $0.formValue) }
        for (index, part) in parts.enumerated() {
            try await InvestmentPartRecord(investmentID: investmentID, kind: part.0, value: part.1, position: index).create(on: db)
        }
        $parts.value = try await InvestmentPartRecord.query(on: db).filter(\.$investment.$id == investmentID).all()
    }

    public static func loadRelations(_ records: [InvestmentRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$parts, of: records, parentID: \.$investment.id) { ids in
            InvestmentPartRecord.query(on: db).filter(\.$investment.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<InvestmentRecord, FieldProperty<InvestmentRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<InvestmentRecord>) -> QueryBuilder<InvestmentRecord> {
        query.sort(\.$createdAt, .descending).sort(\.$title).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<InvestmentRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<InvestmentRecord> {
        if let status = filters.choice("status", as: InvestmentStatus.self) { query.filter(\.$status == status.rawValue) }
        if let kind = filters.choice("kind", as: InvestmentKind.self) { query.filter(\.$kind == kind.rawValue) }
        for (filter, kind) in [("change_id", InvestmentPartRecord.Kind.change), ("initiative_id", .initiative)] {
            guard let id = filters.id(filter) else { continue }
            let holding = try await InvestmentPartRecord.query(on: db).filter(\.$kind == kind.rawValue).filter(\.$value == id.uuidString)
                .all().map { $0.$investment.id }
            query.filter(\.$id ~~ holding)
        }
        return query
    }
}

/// One thing an investment groups: a planned change, an initiative, a blind spot's theme or a KPI's new reward.
public final class InvestmentPartRecord: Model, @unchecked Sendable {
    public static let schema = "investment_parts"

    enum Kind: String { case change, initiative, blindSpot = "blind-spot", kpiReward = "kpi-reward" }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "investment_id") var investment: InvestmentRecord
    @Field(key: "kind") var kind: String
    /// A UUID for changes and initiatives, the theme as stored for blind spots, `way:KPI-ID` for rewards.
    @Field(key: "value") var value: String
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $investment, $kind, $value, $position] }

    public init() {}

    init(investmentID: UUID, kind: Kind, value: String, position: Int) {
        self.$investment.id = investmentID
        (self.kind, self.value, self.position) = (kind.rawValue, value, position)
    }
}

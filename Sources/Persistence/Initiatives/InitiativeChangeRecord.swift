import Domain
import FluentKit
import Foundation

public final class InitiativeChangeRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "initiative_changes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "initiative_id") public var initiativeID: UUID
    @OptionalField(key: "process_id") var processID: UUID?
    @OptionalField(key: "handoff_id") var handoffID: UUID?
    @Field(key: "today") var today: String
    @Field(key: "tomorrow") var tomorrow: String
    @OptionalField(key: "new_accountable_team_id") var newTeamID: UUID?
    @OptionalField(key: "new_accountable_person_id") var newPersonID: UUID?
    /// Kept by `InitiativeMoves` when the initiative is done.
    @OptionalField(key: "applied_on") var appliedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $initiativeID, $processID, $handoffID, $today, $tomorrow, $newTeamID, $newPersonID, $appliedOn, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: InitiativeChange) {
        self.organizationID = organizationID
        self.appliedOn = content.appliedOn?.description
        apply(content)
    }

    public func apply(_ content: InitiativeChange) {
        initiativeID = content.initiativeID
        processID = content.target.processID
        handoffID = content.target.handoffID
        today = content.today
        tomorrow = content.tomorrow
        newTeamID = content.newAccountableTeamID
        newPersonID = content.newAccountablePersonID
    }

    public var content: InitiativeChange {
        InitiativeChange(initiativeID: initiativeID, target: processID.map(ChangeTarget.process) ?? .handoff(handoffID ?? UUID()),
                         today: today, tomorrow: tomorrow, newAccountableTeamID: newTeamID, newAccountablePersonID: newPersonID,
                         appliedOn: appliedOn.flatMap(CalendarDate.init))
    }

    public static var organizationKey: KeyPath<InitiativeChangeRecord, FieldProperty<InitiativeChangeRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<InitiativeChangeRecord>) -> QueryBuilder<InitiativeChangeRecord> {
        query.sort(\.$createdAt).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<InitiativeChangeRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<InitiativeChangeRecord> {
        if let initiative = filters.id("initiative_id") { query.filter(\.$initiativeID == initiative) }
        if let process = filters.id("process_id") { query.filter(\.$processID == process) }
        if let handoff = filters.id("handoff_id") { query.filter(\.$handoffID == handoff) }
        switch filters["applied"] {
        case "yes": query.filter(\.$appliedOn != nil)
        case "no": query.filter(\.$appliedOn == nil)
        default: break
        }
        return query
    }
}

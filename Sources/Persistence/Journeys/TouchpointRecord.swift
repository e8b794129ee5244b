import Domain
import FluentKit
import Foundation

public final class TouchpointRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "touchpoints"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "journey_id") public var journeyID: UUID
    @Field(key: "stage_id") public var stageID: UUID
    @Field(key: "name") var name: String
    @Field(key: "channel") var channel: String
    @Field(key: "owning_team_id") public var owningTeamID: UUID
    @OptionalField(key: "expected_wait_minutes") var expectedWaitMinutes: Int?
    @OptionalField(key: "effort_minutes") var effortMinutes: Int?
    @Field(key: "description") var details: String
    @Field(key: "position") public var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $journeyID, $stageID, $name, $channel, $owningTeamID, $expectedWaitMinutes, $effortMinutes, $details, $position, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Touchpoint) {
        self.organizationID = organizationID
        self.position = content.position
        apply(content)
    }

    public func apply(_ content: Touchpoint) {
        if let current = $stageID.value, current != content.stageID {
            position = -1  // moved to another stage: placed last there by willSave
        }
        stageID = content.stageID
        name = content.name
        channel = content.channel.rawValue
        owningTeamID = content.owningTeamID
        expectedWaitMinutes = content.expectedWaitMinutes
        effortMinutes = content.effortMinutes
        details = content.description
    }

    public var content: Touchpoint {
        Touchpoint(stageID: stageID, name: name, channel: Channel(rawValue: channel) ?? .web,
                   owningTeamID: owningTeamID, expectedWaitMinutes: expectedWaitMinutes,
                   effortMinutes: effortMinutes, description: details, position: position)
    }

    public func willSave(isNew: Bool, on db: any Database) async throws {
        guard let stage = try await StageRecord.find(stageID, on: db) else { return }
        journeyID = stage.journeyID
        guard isNew || position < 0 else { return }
        let last = try await TouchpointRecord.query(on: db).filter(\.$stageID == stageID).max(\.$position)
        position = (last ?? -1) + 1
    }

    public static var organizationKey: KeyPath<TouchpointRecord, FieldProperty<TouchpointRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<TouchpointRecord>) -> QueryBuilder<TouchpointRecord> {
        query.sort(\.$journeyID).sort(\.$stageID).sort(\.$position).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<TouchpointRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<TouchpointRecord> {
        if let journey = filters.id("journey_id") { query.filter(\.$journeyID == journey) }
        if let stage = filters.id("stage_id") { query.filter(\.$stageID == stage) }
        if let team = filters.id("team_id") { query.filter(\.$owningTeamID == team) }
        if let channel = filters.choice("channel", as: Channel.self) { query.filter(\.$channel == channel.rawValue) }
        return query
    }
}

public final class HandoffRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "handoffs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "journey_id") public var journeyID: UUID
    @Field(key: "from_touchpoint_id") var fromTouchpointID: UUID
    @Field(key: "to_touchpoint_id") var toTouchpointID: UUID
    @OptionalField(key: "accountable_team_id") var accountableTeamID: UUID?
    @OptionalField(key: "accountable_person_id") var accountablePersonID: UUID?
    @Field(key: "information") var information: String
    @Field(key: "customer_repeats") var customerRepeats: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $journeyID, $fromTouchpointID, $toTouchpointID, $accountableTeamID, $accountablePersonID, $information, $customerRepeats, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Handoff) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Handoff) {
        fromTouchpointID = content.fromTouchpointID
        toTouchpointID = content.toTouchpointID
        accountableTeamID = content.accountableTeamID
        accountablePersonID = content.accountablePersonID
        information = content.information
        customerRepeats = content.customerRepeats
    }

    public var content: Handoff {
        Handoff(fromTouchpointID: fromTouchpointID, toTouchpointID: toTouchpointID,
                accountableTeamID: accountableTeamID, accountablePersonID: accountablePersonID,
                information: information, customerRepeats: customerRepeats)
    }

    public func willSave(isNew: Bool, on db: any Database) async throws {
        if let from = try await TouchpointRecord.find(fromTouchpointID, on: db) { journeyID = from.journeyID }
    }

    public static var organizationKey: KeyPath<HandoffRecord, FieldProperty<HandoffRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<HandoffRecord>) -> QueryBuilder<HandoffRecord> {
        query.sort(\.$journeyID).sort(\.$createdAt).sort(\.$id)
    }

    /// `owner=none` lists unowned handoffs; `repeats=yes` those where the customer repeats information.
    public static func filtered(_ query: QueryBuilder<HandoffRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<HandoffRecord> {
        if let journey = filters.id("journey_id") { query.filter(\.$journeyID == journey) }
        if let team = filters.id("team_id") { query.filter(\.$accountableTeamID == team) }
        if filters["owner"] == "none" {
            query.filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil)
        } else if filters["owner"] == "owned" {
            query.group(.or) { $0.filter(\.$accountableTeamID != nil).filter(\.$accountablePersonID != nil) }
        }
        if filters["repeats"] == "yes" { query.filter(\.$customerRepeats == true) }
        return query
    }
}

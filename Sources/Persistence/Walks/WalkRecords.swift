import Domain
import FluentKit
import Foundation

/// A walk through a journey.
public final class JourneyWalkRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "journey_walks"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "journey_id") var journeyID: UUID
    @Field(key: "date") var date: String
    @Field(key: "mode") var mode: String
    @OptionalField(key: "channel") var channel: String?
    @Field(key: "participants") var participants: String
    @Field(key: "notes") var notes: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $journeyID, $date, $mode, $channel, $participants, $notes, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: JourneyWalk) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: JourneyWalk) {
        (journeyID, date, mode, channel) = (content.journeyID, content.date.description, content.mode.rawValue, content.channel?.rawValue)
        (participants, notes) = (content.participants, content.notes)
    }

    public var content: JourneyWalk {
        JourneyWalk(journeyID: journeyID, date: CalendarDate(date) ?? CalendarDate(year: 1970, month: 1, day: 1)!, mode: WalkMode(rawValue: mode) ?? .internalWalk,
                    channel: channel.flatMap(Channel.init), participants: participants, notes: notes)
    }

    public static var organizationKey: KeyPath<JourneyWalkRecord, FieldProperty<JourneyWalkRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<JourneyWalkRecord>) -> QueryBuilder<JourneyWalkRecord> {
        query.sort(\.$date, .descending).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<JourneyWalkRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<JourneyWalkRecord> {
        if let journey = filters.id("journey_id") { query.filter(\.$journeyID == journey) }
        if let mode = filters.choice("mode", as: WalkMode.self) { query.filter(\.$mode == mode.rawValue) }
        return query
    }
}

/// What one walk found at one touchpoint.
final class WalkStepRecord: Model, @unchecked Sendable {
    static let schema = "walk_steps"

    @ID(key: .id) var id: UUID?
    @Field(key: "walk_id") var walkID: UUID
    @Field(key: "touchpoint_id") var touchpointID: UUID
    @OptionalField(key: "minutes") var minutes: Int?
    @Field(key: "worked") var worked: String
    var properties: [any AnyProperty] { [$id, $walkID, $touchpointID, $minutes, $worked] }

    init() {}

    var step: WalkStep { WalkStep(touchpointID: touchpointID, minutes: minutes, worked: worked) }
}

/// The journey exists here; deleting a walk deletes its steps and leaves its friction points, unlinked.
public enum WalkRules: RecordRules {
    public typealias Record = JourneyWalkRecord
    public static let kind = RecordKind.walks

    public static func references(_ content: JourneyWalk) -> [Reference] {
        [Reference(field: "journey_id", label: "Journey", kind: .journeys, id: content.journeyID)]
    }

    public static func deletionConsequences(_ record: JourneyWalkRecord, _ scope: OrgScope) async throws -> [String] {
        let found = try await FrictionRecord.query(on: scope.db).filter(\.$walkID == record.id).count()
        return ["Its times and notes at each touchpoint go with it."] + (found == 0 ? [] : ["Its \(found) friction points stay, no longer linked to it."])
    }
}

struct CreateWalks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("journey_walks").organizationOwned()
            .field("journey_id", .uuid, .required, .references("journeys", "id", onDelete: .cascade))
            .field("date", .string, .required).field("mode", .string, .required).field("channel", .string)
            .field("participants", .string, .required).field("notes", .string, .required).timestamps().create()
        try await createIndexes("journey_walks", [["organization_id", "date"], ["journey_id"]], on: database)
        try await database.schema("walk_steps").id()
            .field("walk_id", .uuid, .required, .references("journey_walks", "id", onDelete: .cascade))
            .field("touchpoint_id", .uuid, .required, .references("touchpoints", "id", onDelete: .cascade))
            .field("minutes", .int).field("worked", .string, .required).unique(on: "walk_id", "touchpoint_id").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("walk_steps").delete()
        try await database.schema("journey_walks").delete()
    }
}

import Domain
import FluentKit
import Foundation

/// A pulse: its title, the teams asked (links), its question sets, when it closes and when it was sent.
public final class PulseRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "pulses"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "title") var title: String
    /// The question sets, comma-separated in the order chosen.
    @Field(key: "question_sets") var sets: String
    @Field(key: "closes_on") var closesOn: String
    /// Kept by `Pulses.send`, never by a form: a conditional update, so that it is sent once.
    @OptionalField(key: "sent_on") var sentOn: String?
    @Children(for: \.$pulse) var teams: [PulseTeamRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $title, $sets, $closesOn, $sentOn, $teams, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Pulse) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Pulse) {
        title = content.title
        sets = content.sets.map(\.rawValue).joined(separator: ",")
        closesOn = content.closesOn.description
    }

    public var content: Pulse {
        Pulse(title: title, teamIDs: ($teams.value ?? []).sorted { $0.position < $1.position }.map(\.teamID),
              sets: sets.split(separator: ",").compactMap { PulseQuestionSet(rawValue: String($0)) },
              closesOn: CalendarDate(closesOn) ?? CalendarDate(year: 1970, month: 1, day: 1)!, sentOn: sentOn.flatMap(CalendarDate.init))
    }

    public func saveRelations(of content: Pulse, on db: any Database) async throws {
        let pulseID = try requireID()
        try await PulseTeamRecord.query(on: db).filter(\.$pulse.$id == pulseID).delete()
        for (position, team) in content.teamIDs.enumerated() {
            try await PulseTeamRecord(pulseID: pulseID, teamID: team, position: position).create(on: db)
        }
        $teams.value = try await PulseTeamRecord.query(on: db).filter(\.$pulse.$id == pulseID).all()
    }

    public static func loadRelations(_ records: [PulseRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$teams, of: records, parentID: \.$pulse.id) { ids in
            PulseTeamRecord.query(on: db).filter(\.$pulse.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<PulseRecord, FieldProperty<PulseRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<PulseRecord>) -> QueryBuilder<PulseRecord> {
        query.sort(\.$closesOn, .descending).sort(\.$createdAt, .descending).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<PulseRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<PulseRecord> {
        switch filters["status"] {
        case "draft": query.filter(\.$sentOn == nil)
        case "sent": query.filter(\.$sentOn != nil)
        default: break
        }
        if let team = filters.id("team_id") {
            query.filter(\.$id ~~ (try await PulseTeamRecord.query(on: db).filter(\.$teamID == team).all().map { $0.$pulse.id }))
        }
        return query
    }
}

/// One team a pulse asks.
public final class PulseTeamRecord: Model, @unchecked Sendable {
    public static let schema = "pulse_teams"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "pulse_id") var pulse: PulseRecord
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $pulse, $teamID, $position] }

    public init() {}

    init(pulseID: UUID, teamID: UUID, position: Int) {
        self.$pulse.id = pulseID
        self.teamID = teamID
        self.position = position
    }
}

import Domain
import FluentKit
import Foundation

public final class InitiativeRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "initiatives"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "description") var details: String
    @OptionalField(key: "owner_team_id") var ownerTeamID: UUID?
    @OptionalField(key: "owner_person_id") var ownerPersonID: UUID?
    @Field(key: "due_date") var dueDate: String
    /// One theme name per line.
    @Field(key: "themes") var themes: String
    /// Kept by `InitiativeMoves`, never by `apply`.
    @Field(key: "status") var status: String
    @OptionalField(key: "done_on") var doneOn: String?
    @OptionalField(key: "verified_on") var verifiedOn: String?
    @Children(for: \.$initiative) var frictionLinks: [InitiativeFrictionRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $title, $details, $ownerTeamID, $ownerPersonID, $dueDate, $themes, $status, $doneOn, $verifiedOn, $frictionLinks, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Initiative) {
        self.organizationID = organizationID
        self.status = content.status.rawValue
        self.doneOn = content.doneOn?.description
        self.verifiedOn = content.verifiedOn?.description
        apply(content)
    }

    public func apply(_ content: Initiative) {
        title = content.title
        details = content.description
        ownerTeamID = content.ownerTeamID
        ownerPersonID = content.ownerPersonID
        dueDate = content.dueDate.description
        themes = content.themes.joined(separator: "\n")
    }

    public var content: Initiative {
        Initiative(title: title, description: details, ownerTeamID: ownerTeamID, ownerPersonID: ownerPersonID,
                   dueDate: CalendarDate(dueDate) ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                   frictionIDs: ($frictionLinks.value ?? []).sorted { $0.position < $1.position }.map(\.frictionID),
                   themes: themes.split(separator: "\n").map(String.init),
                   status: InitiativeStatus(rawValue: status) ?? .proposed,
                   doneOn: doneOn.flatMap(CalendarDate.init), verifiedOn: verifiedOn.flatMap(CalendarDate.init))
    }

    public func saveRelations(of content: Initiative, on db: any Database) async throws {
        let initiativeID = try requireID()
        try await InitiativeFrictionRecord.query(on: db).filter(\.$initiative.$id == initiativeID).delete()
        for (index, frictionID) in content.frictionIDs.enumerated() {
            try await InitiativeFrictionRecord(initiativeID: initiativeID, frictionID: frictionID, position: index).create(on: db)
        }
        $frictionLinks.value = try await InitiativeFrictionRecord.query(on: db).filter(\.$initiative.$id == initiativeID).all()
    }

    public static func loadRelations(_ records: [InitiativeRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$frictionLinks, of: records, parentID: \.$initiative.id) { ids in
            InitiativeFrictionRecord.query(on: db).filter(\.$initiative.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<InitiativeRecord, FieldProperty<InitiativeRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<InitiativeRecord>) -> QueryBuilder<InitiativeRecord> {
        query.sort(\.$dueDate).sort(\.$title).sort(\.$id)
    }

    /// Filters: status, owner team, owner person, a friction addressed, overdue (`when=overdue` needs `today`).
    public static func filtered(_ query: QueryBuilder<InitiativeRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<InitiativeRecord> {
        if let status = filters.choice("status", as: InitiativeStatus.self) { query.filter(\.$status == status.rawValue) }
        if filters["status"] == "open" {
            query.filter(\.$status ~~ [InitiativeStatus.proposed, .approved, .inProgress].map(\.rawValue))
        }
        if let team = filters.id("team_id") { query.filter(\.$ownerTeamID == team) }
        if let person = filters.id("person_id") { query.filter(\.$ownerPersonID == person) }
        if let friction = filters.id("friction_id") {
            let ids = try await InitiativeFrictionRecord.query(on: db).filter(\.$frictionID == friction).all().map { $0.$initiative.id }
            query.filter(\.$id ~~ ids)
        }
        if filters["when"] == "overdue" {
            query.filter(\.$dueDate < CalendarDate.today.description)
                .filter(\.$status ~~ [InitiativeStatus.proposed, .approved, .inProgress].map(\.rawValue))
        }
        return query
    }
}

/// Which frictions an initiative addresses.
public final class InitiativeFrictionRecord: Model, @unchecked Sendable {
    public static let schema = "initiative_frictions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "initiative_id") var initiative: InitiativeRecord
    @Field(key: "friction_id") public var frictionID: UUID
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $initiative, $frictionID, $position] }

    public init() {}

    init(initiativeID: UUID, frictionID: UUID, position: Int) {
        self.$initiative.id = initiativeID
        self.frictionID = frictionID
        self.position = position
    }

    public var initiativeID: UUID { $initiative.id }
}

import Domain
import FluentKit
import FluentSQL
import Foundation

public final class TeamRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "teams"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "function") var function: String
    @OptionalField(key: "parent_team_id") var parentTeamID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $function, $parentTeamID, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Team) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Team) {
        name = content.name
        function = content.function.rawValue
        parentTeamID = content.parentTeamID
    }

    public var content: Team {
        Team(name: name, function: TeamFunction(rawValue: function) ?? .other, parentTeamID: parentTeamID)
    }

    public static var organizationKey: KeyPath<TeamRecord, FieldProperty<TeamRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<TeamRecord>) -> QueryBuilder<TeamRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<TeamRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<TeamRecord> {
        if let function = filters.choice("function", as: TeamFunction.self) { query.filter(\.$function == function.rawValue) }
        if let parent = filters.id("parent_team_id") { query.filter(\.$parentTeamID == parent) }
        return query
    }
}

public final class PersonRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @OptionalField(key: "team_id") var teamID: UUID?
    @Field(key: "job_title") var jobTitle: String
    @OptionalField(key: "started_on") var startedOn: String?
    @OptionalField(key: "left_on") var leftOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $name, $email, $teamID, $jobTitle, $startedOn, $leftOn, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: Person) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: Person) {
        name = content.name
        email = content.email
        teamID = content.teamID
        jobTitle = content.jobTitle
        startedOn = content.startedOn?.description
        leftOn = content.leftOn?.description
    }

    public var content: Person {
        Person(name: name, email: email, teamID: teamID, jobTitle: jobTitle, startedOn: startedOn.flatMap(CalendarDate.init),
               leftOn: leftOn.flatMap(CalendarDate.init))
    }

    public static var organizationKey: KeyPath<PersonRecord, FieldProperty<PersonRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<PersonRecord>) -> QueryBuilder<PersonRecord> {
        query.sort(\.$name).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<PersonRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<PersonRecord> {
        if let team = filters.id("team_id") { query.filter(\.$teamID == team) }
        return query
    }
}

public final class StrategyGoalRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "strategy_goals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "description") var details: String
    @Field(key: "measure") var measure: String
    @OptionalField(key: "owner_person_id") var ownerPersonID: UUID?
    @OptionalField(key: "horizon") var horizon: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $title, $details, $measure, $ownerPersonID, $horizon, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: StrategyGoal) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: StrategyGoal) {
        title = content.title
        details = content.description
        measure = content.measure
        ownerPersonID = content.ownerPersonID
        horizon = content.horizon?.description
    }

    public var content: StrategyGoal {
        StrategyGoal(title: title, description: details, measure: measure, ownerPersonID: ownerPersonID, horizon: horizon.flatMap(CalendarDate.init))
    }

    public static var organizationKey: KeyPath<StrategyGoalRecord, FieldProperty<StrategyGoalRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<StrategyGoalRecord>) -> QueryBuilder<StrategyGoalRecord> {
        query.sort(\.$createdAt).sort(\.$id)
    }
}

extension PersonRecord {
    /// The person on an organization's People list with this email, compared without regard to case.
    public static func find(email: String, organizationID: UUID, on db: any Database) async throws -> Stored<Person>? {
        let wanted = email.lowercased()
        // SQL's lower() folds ASCII letters only: it finds the person through an index, and an address with
        // other letters is compared the same way it always was, over the whole list.
        let scoped = query(on: db).filter(\.$organizationID == organizationID)
        let candidates = email.allSatisfy(\.isASCII) ? try await scoped.filter(.sql(embed: "lower(\(ident: "email")) = \(bind: wanted)")).all()
            : try await scoped.all()
        return candidates.first { $0.email.lowercased() == wanted }?.stored
    }
}

extension OrgScope {
    /// The person on the People list with this email, compared without regard to case.
    public func person(email: String) async throws -> Stored<Person>? {
        try await PersonRecord.find(email: email, organizationID: id, on: db)
    }
}

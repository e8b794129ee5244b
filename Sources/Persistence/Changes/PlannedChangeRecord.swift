import Domain
import FluentKit
import Foundation

/// A planned change; what it alters is kept in `planned_change_subjects`, in order, so a change can be found from
/// any process, handoff, touchpoint, system or team it names.
public final class PlannedChangeRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "planned_changes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "kind") var kind: String
    @Field(key: "description") var details: String
    @Field(key: "today") var today: String
    @Field(key: "tomorrow") var tomorrow: String
    @Field(key: "starts") var starts: String
    @OptionalField(key: "ends") var ends: String?
    @OptionalField(key: "owner_team_id") var ownerTeamID: UUID?
    @OptionalField(key: "initiative_id") var initiativeID: UUID?
    /// Kept by `PlannedChanges` (launch, cancel), never by `apply`.
    @Field(key: "status") var status: String
    @OptionalField(key: "launched_on") var launchedOn: String?
    /// Why it was launched while some it touches had not acknowledged it.
    @Field(key: "launch_reason") var launchReason: String
    @Children(for: \.$change) var subjects: [PlannedChangeSubjectRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] {
        [$id, $organizationID, $title, $kind, $details, $today, $tomorrow, $starts, $ends, $ownerTeamID, $initiativeID, $status, $launchedOn,
         $launchReason, $subjects, $createdAt, $updatedAt]
    }

    public init() {}

    public init(organizationID: UUID, content: PlannedChange) {
        self.organizationID = organizationID
        self.status = content.status.rawValue
        self.launchReason = ""
        apply(content)
    }

    public func apply(_ content: PlannedChange) {
        (title, kind, details, today, tomorrow) = (content.title, content.kind.rawValue, content.description, content.today, content.tomorrow)
        (starts, ends, ownerTeamID, initiativeID) = (content.starts.description, content.ends?.description, content.ownerTeamID, content.initiativeID)
    }

    public var content: PlannedChange {
        let alters = ($subjects.value ?? []).sorted { $0.position < $1.position }.compactMap(\.subject)
        var content = PlannedChange(title: title, kind: ChangeKind(rawValue: kind) ?? .process, description: details, today: today, tomorrow: tomorrow,
                             starts: CalendarDate(starts) ?? CalendarDate(year: 2000, month: 1, day: 1)!, ends: ends.flatMap(CalendarDate.init),
                             ownerTeamID: ownerTeamID, initiativeID: initiativeID, alters: alters,
                             status: PlannedChangeStatus(rawValue: status) ?? .planned)
        (content.launchedOn, content.launchReason) = (launchedOn.flatMap(CalendarDate.init), launchReason)
        return content
    }

    /// Replaces what it alters with exactly the content's, in its order.
    public func saveRelations(of content: PlannedChange, on db: any Database) async throws {
        let changeID = try requireID()
        try await PlannedChangeSubjectRecord.query(on: db).filter(\.$change.$id == changeID).delete()
        for (index, subject) in content.alters.enumerated() {
            try await PlannedChangeSubjectRecord(changeID: changeID, subject: subject, position: index).create(on: db)
        }
        $subjects.value = try await PlannedChangeSubjectRecord.query(on: db).filter(\.$change.$id == changeID).all()
    }

    public static func loadRelations(_ records: [PlannedChangeRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$subjects, of: records, parentID: \.$change.id) { ids in
            PlannedChangeSubjectRecord.query(on: db).filter(\.$change.$id ~~ ids)
        }
    }

    public static var organizationKey: KeyPath<PlannedChangeRecord, FieldProperty<PlannedChangeRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<PlannedChangeRecord>) -> QueryBuilder<PlannedChangeRecord> {
        query.sort(\.$starts).sort(\.$title).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<PlannedChangeRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<PlannedChangeRecord> {
        if let status = filters.choice("status", as: PlannedChangeStatus.self) { query.filter(\.$status == status.rawValue) }
        if let kind = filters.choice("kind", as: ChangeKind.self) { query.filter(\.$kind == kind.rawValue) }
        if let team = filters.id("team_id") { query.filter(\.$ownerTeamID == team) }
        if let initiative = filters.id("initiative_id") { query.filter(\.$initiativeID == initiative) }
        return query
    }
}

/// One thing a planned change alters: a process or policy, handoff, touchpoint, system or team, by kind and id.
public final class PlannedChangeSubjectRecord: Model, @unchecked Sendable {
    public static let schema = "planned_change_subjects"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "change_id") var change: PlannedChangeRecord
    @Field(key: "kind") var kind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "position") var position: Int
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $change, $kind, $subjectID, $position] }

    public init() {}

    init(changeID: UUID, subject: ChangeSubject, position: Int) {
        self.$change.id = changeID
        (kind, subjectID, self.position) = (subject.kind, subject.id, position)
    }

    var subject: ChangeSubject? { ChangeSubject(formValue: "\(kind):\(subjectID.uuidString)") }
}

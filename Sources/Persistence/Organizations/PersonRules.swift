import Domain
import Foundation

/// What must hold for people beyond their own parsing: references, owning teams, validation, deletion.
public enum PersonRules: RecordRules {
    public typealias Record = PersonRecord
    public static let kind = RecordKind.people

    public static func references(_ content: Person) -> [Reference] {
        content.teamID.map { [Reference(field: "team_id", label: "Team", kind: .teams, id: $0)] } ?? []
    }

    public static func deletionConsequences(_ record: PersonRecord, _ scope: OrgScope) async throws -> [String] {
        ["Handoffs this person is accountable for will become unowned.", "Strategy goals this person owns will have no owner."]
    }
}

/// What must hold for goals beyond their own parsing: references, owning teams, validation, deletion.
public enum GoalRules: RecordRules {
    public typealias Record = StrategyGoalRecord
    public static let kind = RecordKind.goals

    public static func references(_ content: StrategyGoal) -> [Reference] {
        content.ownerPersonID.map { [Reference(field: "owner_person_id", label: "Owner", kind: .people, id: $0)] } ?? []
    }
}

import Domain
import FluentKit
import Foundation

/// That an affected team or person has seen a planned change: one row per party, so acknowledging twice changes nothing.
final class ChangeAcknowledgementRecord: Model, @unchecked Sendable {
    static let schema = "change_acknowledgements"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Parent(key: "change_id") var change: PlannedChangeRecord
    /// `team:ID` or `person:ID`; unique per change.
    @Field(key: "party") var party: String
    @OptionalField(key: "team_id") var teamID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "acknowledged_by") var acknowledgedBy: String
    @Field(key: "acknowledged_at") var acknowledgedAt: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    var properties: [any AnyProperty] { [$id, $organizationID, $change, $party, $teamID, $personID, $userID, $acknowledgedBy, $acknowledgedAt] }

    init() {}

    init(organizationID: UUID, changeID: UUID, party: ChangeParty, by actor: Actor, at date: Date) {
        self.organizationID = organizationID
        self.$change.id = changeID
        self.party = party.formValue
        if case .team(let id) = party { teamID = id }
        if case .person(let id) = party { personID = id }
        (userID, acknowledgedBy, acknowledgedAt) = (actor.userID, actor.name, date)
    }

    var acknowledgement: ChangeAcknowledgement? {
        ChangeParty(formValue: party).map { ChangeAcknowledgement(party: $0, acknowledgedBy: acknowledgedBy, acknowledgedAt: acknowledgedAt) }
    }
}

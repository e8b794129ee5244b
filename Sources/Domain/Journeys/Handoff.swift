import Foundation

/// Work passing from one touchpoint to another. Each handoff needs exactly one accountable
/// owner; one without is a finding, not an input error.
public struct Handoff: RecordContent {
    public var fromTouchpointID: UUID
    public var toTouchpointID: UUID
    public var accountableTeamID: UUID?
    public var accountablePersonID: UUID?
    public var information: String
    public var customerRepeats: Bool

    public init(fromTouchpointID: UUID, toTouchpointID: UUID, accountableTeamID: UUID? = nil,
                accountablePersonID: UUID? = nil, information: String = "", customerRepeats: Bool = false) {
        self.fromTouchpointID = fromTouchpointID
        self.toTouchpointID = toTouchpointID
        self.accountableTeamID = accountableTeamID
        self.accountablePersonID = accountablePersonID
        self.information = information
        self.customerRepeats = customerRepeats
    }

    public var isUnowned: Bool { accountableTeamID == nil && accountablePersonID == nil }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Handoff {
        var reader = FieldReader(input)
        let from = reader.id("from_touchpoint_id", "From touchpoint")
        let to = reader.id("to_touchpoint_id", "To touchpoint")
        let team = reader.optionalID("accountable_team_id", "Accountable team")
        let person = reader.optionalID("accountable_person_id", "Accountable person")
        let information = reader.optionalText("information", "Information passed on", maxLength: 2000)
        let repeats = reader.flag("customer_repeats")
        if let from, from == to {
            reader.fail("to_touchpoint_id", "To touchpoint must differ from the touchpoint the handoff starts at.")
        }
        if team != nil && person != nil {
            reader.fail("accountable_person_id", "Choose one accountable owner: a team or a person, not both.")
        }
        try reader.finish()
        return Handoff(fromTouchpointID: from!, toTouchpointID: to!, accountableTeamID: team,
                       accountablePersonID: person, information: information, customerRepeats: repeats)
    }

    public var formInput: FormInput {
        .from([("from_touchpoint_id", fromTouchpointID.uuidString),
               ("to_touchpoint_id", toTouchpointID.uuidString),
               ("accountable_team_id", accountableTeamID.formValue),
               ("accountable_person_id", accountablePersonID.formValue),
               ("information", information), ("customer_repeats", customerRepeats ? "on" : nil)])
    }
}

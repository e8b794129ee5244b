import Foundation

/// A system behind one or more touchpoints (billing, scheduling, the phone platform): part of the backstage a planned
/// change can alter, and through which it reaches the touchpoints, their handoffs and the teams behind them.
public struct BusinessSystem: RecordContent {
    public var name: String
    public var ownerTeamID: UUID?
    public var description: String
    public var touchpointIDs: [UUID]

    public init(name: String, ownerTeamID: UUID? = nil, description: String = "", touchpointIDs: [UUID] = []) {
        (self.name, self.ownerTeamID, self.description, self.touchpointIDs) = (name, ownerTeamID, description, touchpointIDs)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> BusinessSystem {
        var reader = FieldReader(input)
        let name = reader.text("name", "Name", maxLength: 160)
        let owner = reader.optionalID("owner_team_id", "Owner team")
        let description = reader.optionalText("description", "Description")
        let touchpoints = reader.ids("touchpoint_ids", "Touchpoints")
        try reader.finish()
        return BusinessSystem(name: name, ownerTeamID: owner, description: description, touchpointIDs: touchpoints)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("name", name), ("owner_team_id", ownerTeamID.formValue), ("description", description)])
        input.fields["touchpoint_ids"] = touchpointIDs.map(\.uuidString)
        return input
    }
}

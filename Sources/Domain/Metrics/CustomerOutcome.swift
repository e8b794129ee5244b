import Foundation

/// What customers need, in their words ("connected on the date we promised"), placed where it is won or lost:
/// journey stages or touchpoints. Scores, frictions and themes there measure it.
public struct CustomerOutcome: RecordContent {
    public var name: String
    public var description: String
    public var stageIDs: [UUID]
    public var touchpointIDs: [UUID]

    public init(name: String, description: String = "", stageIDs: [UUID] = [], touchpointIDs: [UUID] = []) {
        (self.name, self.description, self.stageIDs, self.touchpointIDs) = (name, description, stageIDs, touchpointIDs)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CustomerOutcome {
        var reader = FieldReader(input)
        let name = reader.text("name", "What customers need", maxLength: 300)
        let description = reader.optionalText("description", "Described", maxLength: 2000)
        let stages = reader.ids("stage_ids", "Journey stages")
        let touchpoints = reader.ids("touchpoint_ids", "Touchpoints")
        if input.values("stage_ids").isEmpty && input.values("touchpoint_ids").isEmpty {
            reader.fail("touchpoint_ids", "Place it on at least one journey stage or touchpoint: that is where it is measured.")
        }
        try reader.finish()
        return CustomerOutcome(name: name, description: description, stageIDs: stages, touchpointIDs: touchpoints)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("name", name), ("description", description)])
        input.fields["stage_ids"] = stageIDs.map(\.uuidString)
        input.fields["touchpoint_ids"] = touchpointIDs.map(\.uuidString)
        return input
    }
}

import Foundation

public enum ProcessKind: String, Choice {
    case process, policy, practice

    public var label: String {
        switch self {
        case .process: "Process"
        case .policy: "Policy"
        case .practice: "Practice"
        }
    }
}

/// A process, policy or practice behind one or more touchpoints: the journey's backstage.
public struct ProcessPolicy: RecordContent {
    public var kind: ProcessKind
    public var name: String
    public var ownerTeamID: UUID?
    public var description: String
    /// Documented steps, in order.
    public var steps: [String]
    public var lastReviewed: CalendarDate?
    public var touchpointIDs: [UUID]

    public init(kind: ProcessKind, name: String, ownerTeamID: UUID? = nil, description: String = "",
                steps: [String] = [], lastReviewed: CalendarDate? = nil, touchpointIDs: [UUID] = []) {
        self.kind = kind
        self.name = name
        self.ownerTeamID = ownerTeamID
        self.description = description
        self.steps = steps
        self.lastReviewed = lastReviewed
        self.touchpointIDs = touchpointIDs
    }

    public static let maxSteps = 100

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> ProcessPolicy {
        var reader = FieldReader(input)
        let kind = reader.choice("kind", "Kind", as: ProcessKind.self)
        let name = reader.text("name", "Name", maxLength: 160)
        let owner = reader.optionalID("owner_team_id", "Owner team")
        let description = reader.optionalText("description", "Description")
        let stepsText = reader.optionalText("steps", "Documented steps", maxLength: 20_000)
        let steps = stepsText.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if steps.count > maxSteps { reader.fail("steps", "Documented steps may have at most \(maxSteps) lines.") }
        let reviewed = reader.optionalDate("last_reviewed", "Last reviewed")
        let touchpoints = reader.ids("touchpoint_ids", "Touchpoints")
        try reader.finish()
        return ProcessPolicy(kind: kind!, name: name, ownerTeamID: owner, description: description,
                             steps: steps, lastReviewed: reviewed, touchpointIDs: touchpoints)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("kind", kind.rawValue), ("name", name),
                                    ("owner_team_id", ownerTeamID.formValue), ("description", description),
                                    ("steps", steps.joined(separator: "\n")),
                                    ("last_reviewed", lastReviewed?.description)])
        input.fields["touchpoint_ids"] = touchpointIDs.map(\.uuidString)
        return input
    }
}

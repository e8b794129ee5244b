import Foundation

/// What people (or customers) must be able to do for an initiative's change to work.
public enum CapabilityKind: String, Choice {
    case skill, tool, training
    case customerGuidance = "customer-guidance"

    public var label: String {
        switch self {
        case .skill: "Skill"
        case .tool: "Tool"
        case .training: "Training"
        case .customerGuidance: "Guidance for customers"
        }
    }
}

public enum CapabilityStatus: String, Choice {
    case open
    case inProgress = "in-progress"
    case done

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .done: "Done"
        }
    }
}

/// Grow: a skill, tool or training a named team needs, or guidance customers will need, for one initiative.
public struct CapabilityNeed: RecordContent {
    public var initiativeID: UUID
    public var kind: CapabilityKind
    public var description: String
    /// The team that must learn it; customer guidance may name the team that writes it, or none.
    public var teamID: UUID?
    public var status: CapabilityStatus
    public var dueDate: CalendarDate

    public init(initiativeID: UUID, kind: CapabilityKind, description: String, teamID: UUID? = nil,
                status: CapabilityStatus = .open, dueDate: CalendarDate) {
        self.initiativeID = initiativeID
        self.kind = kind
        self.description = description
        self.teamID = teamID
        self.status = status
        self.dueDate = dueDate
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CapabilityNeed {
        var reader = FieldReader(input)
        let initiative = reader.id("initiative_id", "Initiative")
        let kind = reader.choice("kind", "Kind", as: CapabilityKind.self)
        let description = reader.text("description", "What is needed", maxLength: 4000)
        let team = reader.optionalID("team_id", "Team")
        if team == nil, input.value("team_id") == nil, let kind, kind != .customerGuidance {
            reader.fail("team_id", "Name the team that needs this \(kind.label.lowercased()).")
        }
        let status = input.value("status") == nil ? .open : reader.choice("status", "Status", as: CapabilityStatus.self)
        let due = reader.optionalDate("due_date", "Due date")
        if input.value("due_date") == nil { reader.fail("due_date", "Due date is required.") }
        try reader.finish()
        return CapabilityNeed(initiativeID: initiative!, kind: kind!, description: description, teamID: team, status: status!, dueDate: due!)
    }

    public var formInput: FormInput {
        .from([("initiative_id", initiativeID.uuidString), ("kind", kind.rawValue), ("description", description),
               ("team_id", teamID.formValue), ("status", status.rawValue), ("due_date", dueDate.description)])
    }

    public var isOpen: Bool { status != .done }
}

import Foundation

/// Whether a team kept a commitment, as its last review found.
public enum CommitmentStatus: String, Choice {
    case notAssessed = "not-assessed", kept, partly, missed

    public var label: String {
        switch self {
        case .notAssessed: "Not assessed yet"
        case .kept: "Kept"
        case .partly: "Partly kept"
        case .missed: "Not kept"
        }
    }
}

/// What a team will do in its daily work to bring named strategy goals to life ("We call back within the
/// slot we offered"): the goals it serves, what customers meet that it concerns, and how it is measured.
/// A team's commitments are its charter.
public struct CharterCommitment: RecordContent {
    public var teamID: UUID
    public var text: String
    public var goalIDs: [UUID]
    public var touchpointIDs: [UUID]
    public var handoffIDs: [UUID]
    public var processIDs: [UUID]
    /// How keeping it shows, in words.
    public var measure: String
    /// The KPI that measures it, where one does.
    public var kpiID: UUID?
    /// Whether it was kept, as the charter's last review found.
    public var status: CommitmentStatus

    public init(teamID: UUID, text: String, goalIDs: [UUID], touchpointIDs: [UUID] = [], handoffIDs: [UUID] = [], processIDs: [UUID] = [],
                measure: String = "", status: CommitmentStatus = .notAssessed, kpiID: UUID? = nil) {
        self.kpiID = kpiID
        self.teamID = teamID
        self.text = text
        self.goalIDs = goalIDs
        self.touchpointIDs = touchpointIDs
        self.handoffIDs = handoffIDs
        self.processIDs = processIDs
        self.measure = measure
        self.status = status
    }

    /// Whether it concerns anything a customer meets: a touchpoint, a handoff between them, or a process behind them.
    public var touchesCustomers: Bool { !touchpointIDs.isEmpty || !handoffIDs.isEmpty || !processIDs.isEmpty }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CharterCommitment {
        var reader = FieldReader(input)
        let team = reader.optionalID("team_id", "Team")
        if input.value("team_id") == nil { reader.fail("team_id", "Team is required.") }
        let text = reader.text("text", "What we will do", maxLength: 500)
        let goals = reader.ids("goal_ids", "Goals it serves")
        if goals.isEmpty && input.values("goal_ids").isEmpty { reader.fail("goal_ids", "Choose at least one goal it serves.") }
        let touchpoints = reader.ids("touchpoint_ids", "Touchpoints")
        let handoffs = reader.ids("handoff_ids", "Handoffs")
        let processes = reader.ids("process_ids", "Processes and policies")
        let measure = reader.optionalText("measure", "How we measure it", maxLength: 500)
        let kpi = reader.optionalID("kpi_id", "Measured by KPI")
        let status = input.value("status") == nil ? .notAssessed : reader.choice("status", "Kept?", as: CommitmentStatus.self) ?? .notAssessed
        try reader.finish()
        return CharterCommitment(teamID: team!, text: text, goalIDs: goals, touchpointIDs: touchpoints, handoffIDs: handoffs,
                                 processIDs: processes, measure: measure, status: status, kpiID: kpi)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("team_id", teamID.uuidString), ("text", text), ("measure", measure), ("status", status.rawValue),
                                         ("kpi_id", kpiID?.uuidString ?? "")])
        input.fields["goal_ids"] = goalIDs.map(\.uuidString)
        input.fields["touchpoint_ids"] = touchpointIDs.map(\.uuidString)
        input.fields["handoff_ids"] = handoffIDs.map(\.uuidString)
        input.fields["process_ids"] = processIDs.map(\.uuidString)
        return input
    }
}

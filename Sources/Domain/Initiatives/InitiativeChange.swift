import Foundation

/// What an initiative changes: a process or policy's text, or a handoff (its text and its accountable owner).
public enum ChangeTarget: Sendable, Hashable {
    case process(UUID)
    case handoff(UUID)

    /// Parses the form value `process:ID` or `handoff:ID`.
    public init?(formValue: String) {
        guard let (kind, id) = KindAndID.split(formValue) else { return nil }
        switch kind {
        case "process": self = .process(id)
        case "handoff": self = .handoff(id)
        default: return nil
        }
    }

    public var formValue: String {
        switch self {
        case .process(let id): "process:\(id.uuidString)"
        case .handoff(let id): "handoff:\(id.uuidString)"
        }
    }

    public var processID: UUID? { if case .process(let id) = self { id } else { nil } }
    public var handoffID: UUID? { if case .handoff(let id) = self { id } else { nil } }
}

/// One concrete change an initiative makes, as today versus tomorrow. Applied when the initiative is
/// done: the process's description (or the handoff's text) becomes `tomorrow`, and a handoff gets its new
/// accountable owner; the values before are kept in the record's history.
public struct InitiativeChange: RecordContent {
    public var initiativeID: UUID
    public var target: ChangeTarget
    /// What is done now. Left blank, it is filled with the current text when saved.
    public var today: String
    /// What will be done.
    public var tomorrow: String
    public var newAccountableTeamID: UUID?
    public var newAccountablePersonID: UUID?
    /// Set when the initiative was done and this change was applied; an applied change is history.
    public var appliedOn: CalendarDate?

    public init(initiativeID: UUID, target: ChangeTarget, today: String = "", tomorrow: String,
                newAccountableTeamID: UUID? = nil, newAccountablePersonID: UUID? = nil, appliedOn: CalendarDate? = nil) {
        self.initiativeID = initiativeID
        self.target = target
        self.today = today
        self.tomorrow = tomorrow
        self.newAccountableTeamID = newAccountableTeamID
        self.newAccountablePersonID = newAccountablePersonID
        self.appliedOn = appliedOn
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> InitiativeChange {
        var reader = FieldReader(input)
        let initiative = reader.id("initiative_id", "Initiative")
        let target = readTarget(&reader)
        let today = reader.optionalText("today", "Today", maxLength: 10_000)
        let tomorrow = reader.text("tomorrow", "Tomorrow", maxLength: 10_000)
        let team = reader.optionalID("new_accountable_team_id", "New accountable team")
        let person = reader.optionalID("new_accountable_person_id", "New accountable person")
        if team != nil && person != nil {
            reader.fail("new_accountable_person_id", "Choose one new accountable owner: a team or a person, not both.")
        }
        if case .process = target, team != nil || person != nil {
            reader.fail(team != nil ? "new_accountable_team_id" : "new_accountable_person_id",
                        "Only a handoff has an accountable owner; leave the new owner blank for a process or policy.")
        }
        try reader.finish()
        return InitiativeChange(initiativeID: initiative!, target: target!, today: today, tomorrow: tomorrow,
                                newAccountableTeamID: team, newAccountablePersonID: person)
    }

    /// Accepts the form's `target` field, or exactly one of the API's `process_id` and `handoff_id`.
    private static func readTarget(_ reader: inout FieldReader) -> ChangeTarget? {
        let input = reader.input
        if let value = input.value("target") {
            guard let target = ChangeTarget(formValue: value) else {
                reader.fail("target", "Changes must be a process, policy or handoff.")
                return nil
            }
            return target
        }
        let given = [("process_id", ChangeTarget.process), ("handoff_id", ChangeTarget.handoff)].filter { input.value($0.0) != nil }
        guard given.count == 1, let (field, make) = given.first else {
            reader.fail("target", "Name exactly one process, policy or handoff that changes.")
            return nil
        }
        guard let id = reader.optionalID(field, "Changes") else { return nil }
        return make(id)
    }

    public var formInput: FormInput {
        .from([("initiative_id", initiativeID.uuidString), ("target", target.formValue), ("today", today), ("tomorrow", tomorrow),
               ("new_accountable_team_id", newAccountableTeamID.formValue),
               ("new_accountable_person_id", newAccountablePersonID.formValue)])
    }

    public var changesOwner: Bool { newAccountableTeamID != nil || newAccountablePersonID != nil }

    private enum CodingKeys: String, CodingKey {
        case initiativeID, processID, handoffID, today, tomorrow, newAccountableTeamID, newAccountablePersonID, appliedOn
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(initiativeID, forKey: .initiativeID)
        try container.encode(target.processID, forKey: .processID)
        try container.encode(target.handoffID, forKey: .handoffID)
        try container.encode(today, forKey: .today)
        try container.encode(tomorrow, forKey: .tomorrow)
        try container.encode(newAccountableTeamID, forKey: .newAccountableTeamID)
        try container.encode(newAccountablePersonID, forKey: .newAccountablePersonID)
        try container.encode(appliedOn, forKey: .appliedOn)
    }
}

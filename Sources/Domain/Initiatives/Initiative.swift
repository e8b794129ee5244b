import Foundation

/// Where an initiative stands. It moves one step at a time; see `InitiativeWorkflow`.
public enum InitiativeStatus: String, Choice {
    case proposed, approved
    case inProgress = "in-progress"
    case done, verified

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .approved: "Approved"
        case .inProgress: "In progress"
        case .done: "Done"
        case .verified: "Verified"
        }
    }
}

/// A piece of Integrate work: the confirmed frictions and themes it addresses, who owns it and by when.
/// Its status is not part of what people edit; it moves through `InitiativeWorkflow` with its history kept.
public struct Initiative: RecordContent {
    public var title: String
    public var description: String
    public var ownerTeamID: UUID?
    public var ownerPersonID: UUID?
    public var dueDate: CalendarDate
    public var frictionIDs: [UUID]
    /// Names of the feedback themes it answers.
    public var themes: [String]
    /// Kept by the workflow; ignored when parsing input.
    public var status: InitiativeStatus
    /// The day it was marked done (its changes applied), and the day it was verified.
    public var doneOn: CalendarDate?
    public var verifiedOn: CalendarDate?

    public init(title: String, description: String = "", ownerTeamID: UUID? = nil, ownerPersonID: UUID? = nil,
                dueDate: CalendarDate, frictionIDs: [UUID] = [], themes: [String] = [], status: InitiativeStatus = .proposed,
                doneOn: CalendarDate? = nil, verifiedOn: CalendarDate? = nil) {
        self.title = title
        self.description = description
        self.ownerTeamID = ownerTeamID
        self.ownerPersonID = ownerPersonID
        self.dueDate = dueDate
        self.frictionIDs = frictionIDs
        self.themes = themes
        self.status = status
        self.doneOn = doneOn
        self.verifiedOn = verifiedOn
    }

    public static let maxThemes = 50

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Initiative {
        var reader = FieldReader(input)
        let title = reader.text("title", "Title", maxLength: 160)
        let description = reader.optionalText("description", "Description", maxLength: 10_000)
        let team = reader.optionalID("owner_team_id", "Owner team")
        let person = reader.optionalID("owner_person_id", "Owner person")
        if team == nil && person == nil && input.value("owner_team_id") == nil && input.value("owner_person_id") == nil {
            reader.fail("owner_team_id", "Choose an owner: a team, a person, or both.")
        }
        let due = reader.optionalDate("due_date", "Due date")
        if input.value("due_date") == nil { reader.fail("due_date", "Due date is required.") }
        let frictions = reader.ids("friction_ids", "Frictions addressed")
        let themes = input.values("themes").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if themes.count > maxThemes { reader.fail("themes", "Themes addressed may name at most \(maxThemes) themes.") }
        if let long = themes.first(where: { $0.count > 120 }) {
            reader.fail("themes", "Theme names are at most 120 characters (“\(long.prefix(40))…” is longer).")
        }
        if input.value("status") != nil {
            reader.fail("status", "Status is moved one step at a time with the initiative's status action, not edited.")
        }
        try reader.finish()
        var seen = Set<String>()
        return Initiative(title: title, description: description, ownerTeamID: team, ownerPersonID: person, dueDate: due!,
                          frictionIDs: frictions,
                          themes: themes.filter { seen.insert($0.lowercased()).inserted })
    }

    public var formInput: FormInput {
        var input = FormInput.from([("title", title), ("description", description), ("owner_team_id", ownerTeamID.formValue),
                                    ("owner_person_id", ownerPersonID.formValue), ("due_date", dueDate.description)])
        input.fields["friction_ids"] = frictionIDs.map(\.uuidString)
        input.fields["themes"] = themes
        return input
    }

    /// Open work whose due date has passed.
    public func isOverdue(today: CalendarDate) -> Bool {
        dueDate < today && [.proposed, .approved, .inProgress].contains(status)
    }
}

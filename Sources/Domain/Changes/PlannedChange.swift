import Foundation

/// What kind of change is planned; each is traced the same way, through what it alters.
public enum ChangeKind: String, Choice {
    case policy, process, system, organization, promotion
    case contractTerms = "contract-terms"
    case outsourcing, price

    public var label: String {
        switch self {
        case .policy: "Policy"
        case .process: "Process"
        case .system: "System"
        case .organization: "Organization"
        case .promotion: "Promotion"
        case .contractTerms: "Contract terms"
        case .outsourcing: "Outsourcing"
        case .price: "Price"
        }
    }
}

/// Where a planned change stands. Launching is a step of its own, which asks for a reason while people it touches
/// have not acknowledged it.
public enum PlannedChangeStatus: String, Choice {
    case planned, launched, cancelled

    public var label: String {
        switch self {
        case .planned: "Planned"
        case .launched: "Launched"
        case .cancelled: "Cancelled"
        }
    }
}

/// A change the organization means to make, named by what it alters, with today versus tomorrow: Align derives from
/// it everyone it touches (`ChangeImpact`), asks them to acknowledge it, and counts it in each team's change load.
public struct PlannedChange: RecordContent {
    public var title: String
    public var kind: ChangeKind
    public var description: String
    /// What is done today, and what will be done tomorrow: the gap the people touched have to cross.
    public var today: String
    public var tomorrow: String
    public var starts: CalendarDate
    /// The last day it is under way; without one it counts in its start month alone.
    public var ends: CalendarDate?
    public var ownerTeamID: UUID?
    /// The initiative whose planned change this is, if any.
    public var initiativeID: UUID?
    public var alters: [ChangeSubject]
    public var status: PlannedChangeStatus
    /// Set by launching it, never by a form: the day, and why it launched while some it touches had not acknowledged it.
    public var launchedOn: CalendarDate?
    public var launchReason = ""

    public init(title: String, kind: ChangeKind, description: String = "", today: String = "", tomorrow: String, starts: CalendarDate,
                ends: CalendarDate? = nil, ownerTeamID: UUID? = nil, initiativeID: UUID? = nil, alters: [ChangeSubject],
                status: PlannedChangeStatus = .planned) {
        (self.title, self.kind, self.description, self.today, self.tomorrow) = (title, kind, description, today, tomorrow)
        (self.starts, self.ends, self.ownerTeamID, self.initiativeID, self.alters, self.status) = (starts, ends, ownerTeamID, initiativeID, alters, status)
    }

    public static let maxSubjects = 200

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> PlannedChange {
        var reader = FieldReader(input)
        let title = reader.text("title", "Title", maxLength: 160)
        let kind = reader.choice("kind", "Kind", as: ChangeKind.self)
        let description = reader.optionalText("description", "Description", maxLength: 10_000)
        let today = reader.optionalText("today", "Today", maxLength: 10_000)
        let tomorrow = reader.text("tomorrow", "Tomorrow", maxLength: 10_000)
        let starts = reader.optionalDate("starts", "Starts")
        if input.value("starts") == nil { reader.fail("starts", "Starts is required.") }
        let ends = reader.optionalDate("ends", "Ends")
        if let starts, let ends, ends < starts { reader.fail("ends", "Ends is before Starts: a change ends on or after the day it starts.") }
        let owner = reader.optionalID("owner_team_id", "Owner team")
        let initiative = reader.optionalID("initiative_id", "Initiative")
        let alters = readSubjects(&reader)
        let status = input.value("status") == nil ? .planned : reader.choice("status", "Status", as: PlannedChangeStatus.self)
        try reader.finish()
        return PlannedChange(title: title, kind: kind!, description: description, today: today, tomorrow: tomorrow, starts: starts!, ends: ends,
                             ownerTeamID: owner, initiativeID: initiative, alters: alters, status: status!)
    }

    /// `alters` holds one `kind:ID` per thing altered (process, handoff, touchpoint, system, team), at least one.
    private static func readSubjects(_ reader: inout FieldReader) -> [ChangeSubject] {
        var subjects: [ChangeSubject] = []
        for value in reader.input.values("alters") {
            guard let subject = ChangeSubject(formValue: value) else {
                reader.fail("alters", "Alters holds \"\(value)\", which is not kind:ID with kind process, handoff, touchpoint, system or team.")
                continue
            }
            if !subjects.contains(subject) { subjects.append(subject) }
        }
        if reader.input.values("alters").isEmpty { reader.fail("alters", "Name at least one process, handoff, touchpoint, system or team it alters.") }
        if subjects.count > maxSubjects { reader.fail("alters", "A change alters at most \(maxSubjects) things; split it into several changes.") }
        return subjects
    }

    public var formInput: FormInput {
        var input = FormInput.from([("title", title), ("kind", kind.rawValue), ("description", description), ("today", today), ("tomorrow", tomorrow),
                                    ("starts", starts.description), ("ends", ends?.description), ("owner_team_id", ownerTeamID.formValue),
                                    ("initiative_id", initiativeID.formValue), ("status", status.rawValue)])
        input.fields["alters"] = alters.map(\.formValue)
        return input
    }

    private enum CodingKeys: String, CodingKey {
        case title, kind, description, today, tomorrow, starts, ends, ownerTeamID, initiativeID, alters, status, launchedOn, launchReason
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(description, forKey: .description)
        try container.encode(today, forKey: .today)
        try container.encode(tomorrow, forKey: .tomorrow)
        try container.encode(starts, forKey: .starts)
        try container.encodeIfPresent(ends, forKey: .ends)
        try container.encodeIfPresent(ownerTeamID, forKey: .ownerTeamID)
        try container.encodeIfPresent(initiativeID, forKey: .initiativeID)
        try container.encode(alters.map(\.formValue), forKey: .alters)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(launchedOn, forKey: .launchedOn)
        try container.encode(launchReason, forKey: .launchReason)
    }
}

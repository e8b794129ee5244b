import Foundation

/// A short survey sent to the people of chosen teams; answered through one-time links, anonymously.
/// Teams and question sets are fixed once it is sent: its answers are only comparable that way.
public struct Pulse: RecordContent {
    public var title: String
    public var teamIDs: [UUID]
    public var sets: [PulseQuestionSet]
    /// The last day its links take answers.
    public var closesOn: CalendarDate
    /// The day it was sent; nil while it is a draft.
    public var sentOn: CalendarDate?

    public init(title: String, teamIDs: [UUID], sets: [PulseQuestionSet], closesOn: CalendarDate, sentOn: CalendarDate? = nil) {
        (self.title, self.teamIDs, self.sets, self.closesOn, self.sentOn) = (title, teamIDs, sets, closesOn, sentOn)
    }

    public var isSent: Bool { sentOn != nil }

    /// Whether its links take answers on `day`.
    public func isOpen(on day: CalendarDate) -> Bool { isSent && day <= closesOn }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Pulse {
        var reader = FieldReader(input)
        let title = reader.text("title", "Title", maxLength: 200)
        let teams = reader.ids("team_ids", "Teams asked")
        if teams.isEmpty && input.values("team_ids").isEmpty { reader.fail("team_ids", "Choose at least one team to ask.") }
        var sets: [PulseQuestionSet] = []
        for value in input.values("sets") {
            guard let set = PulseQuestionSet(rawValue: value) else {
                reader.fail("sets", "Question sets must be among: \(PulseQuestionSet.allCases.map(\.rawValue).joined(separator: ", ")).")
                continue
            }
            if !sets.contains(set) { sets.append(set) }
        }
        if input.values("sets").isEmpty { reader.fail("sets", "Choose at least one question set.") }
        let closes = reader.optionalDate("closes_on", "Closes on")
        if input.value("closes_on") == nil { reader.fail("closes_on", "Closes on is required.") }
        try reader.finish()
        return Pulse(title: title, teamIDs: teams, sets: sets, closesOn: closes!)
    }

    public var formInput: FormInput {
        // The sent day is read, never parsed: only sending sets it.
        var input = FormInput.from([("title", title), ("closes_on", closesOn.description), ("sent_on", sentOn?.description)])
        input.fields["team_ids"] = teamIDs.map(\.uuidString)
        input.fields["sets"] = sets.map(\.rawValue)
        return input
    }
}

import Foundation

/// A problem one team passed up or across to another because it could not be solved where it arose:
/// a Community signal for both teams.
public struct Escalation: RecordContent {
    public var fromTeamID: UUID
    public var toTeamID: UUID
    public var date: CalendarDate
    public var reason: String

    public init(fromTeamID: UUID, toTeamID: UUID, date: CalendarDate, reason: String = "") {
        (self.fromTeamID, self.toTeamID, self.date, self.reason) = (fromTeamID, toTeamID, date, reason)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Escalation {
        var reader = FieldReader(input)
        let from = reader.id("from_team_id", "From team")
        let to = reader.id("to_team_id", "To team")
        let date = reader.optionalDate("date", "Date")
        if input.value("date") == nil { reader.fail("date", "Date is required.") }
        let reason = reader.optionalText("reason", "What it was about", maxLength: 2000)
        if let from, from == to { reader.fail("to_team_id", "An escalation goes from one team to another: choose two different teams.") }
        try reader.finish()
        return Escalation(fromTeamID: from!, toTeamID: to!, date: date!, reason: reason)
    }

    public var formInput: FormInput {
        .from([("from_team_id", fromTeamID.uuidString), ("to_team_id", toTeamID.uuidString), ("date", date.description), ("reason", reason)])
    }
}

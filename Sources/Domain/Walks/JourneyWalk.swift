import Foundation

/// How a journey was walked: by a team stepping through it as the customer would, or by a secret shopper on a real channel.
public enum WalkMode: String, Choice {
    case internalWalk = "internal-walk", secretShopper = "secret-shopper"

    public var label: String { self == .internalWalk ? "Internal walk" : "Secret shopper" }

    /// The source its friction hypotheses carry.
    public var source: FrictionSource { self == .internalWalk ? .internalWalk : .secretShopper }
}

/// A walk through one journey's touchpoints in order: who walked it, when, and how.
public struct JourneyWalk: RecordContent {
    public var journeyID: UUID
    public var date: CalendarDate
    public var mode: WalkMode
    /// The real channel a secret shopper used; nil for an internal walk on paper.
    public var channel: Channel?
    /// Who walked it, as written.
    public var participants: String
    public var notes: String

    public init(journeyID: UUID, date: CalendarDate, mode: WalkMode = .internalWalk, channel: Channel? = nil, participants: String, notes: String = "") {
        (self.journeyID, self.date, self.mode, self.channel, self.participants, self.notes) = (journeyID, date, mode, channel, participants, notes)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> JourneyWalk {
        var reader = FieldReader(input)
        let journey = reader.id("journey_id", "Journey")
        let date = reader.optionalDate("date", "Date")
        if input.value("date") == nil { reader.fail("date", "Date is required.") }
        let mode = reader.choice("mode", "How it was walked", as: WalkMode.self)
        var channel: Channel?
        if input.value("channel") != nil { channel = reader.choice("channel", "Channel", as: Channel.self) }
        if mode == .secretShopper && input.value("channel") == nil { reader.fail("channel", "A secret shopper walks a real channel: choose it.") }
        let participants = reader.text("participants", "Participants", maxLength: 2000)
        let notes = reader.optionalText("notes", "Notes", maxLength: 4000)
        try reader.finish()
        return JourneyWalk(journeyID: journey!, date: date!, mode: mode!, channel: channel, participants: participants, notes: notes)
    }

    public var formInput: FormInput {
        .from([("journey_id", journeyID.uuidString), ("date", date.description), ("mode", mode.rawValue), ("channel", channel?.rawValue),
               ("participants", participants), ("notes", notes)])
    }
}

/// What a walk found at one touchpoint: how long it took and what worked.
public struct WalkStep: Sendable, Equatable {
    public var touchpointID: UUID
    public var minutes: Int?
    public var worked: String

    public init(touchpointID: UUID, minutes: Int?, worked: String) {
        (self.touchpointID, self.minutes, self.worked) = (touchpointID, minutes, worked)
    }

    public static func parse(_ input: FormInput, touchpointID: UUID) throws(ValidationFailure) -> WalkStep {
        var reader = FieldReader(input)
        let minutes = reader.optionalInt("minutes", "Minutes it took", in: 0...100_000)
        let worked = reader.optionalText("worked", "What worked", maxLength: 4000)
        try reader.finish()
        return WalkStep(touchpointID: touchpointID, minutes: minutes, worked: worked)
    }
}

import Foundation

/// A customer journey: ordered stages, each holding ordered touchpoints.
public struct Journey: RecordContent {
    public var name: String
    public var segment: String
    public var description: String

    public init(name: String, segment: String = "", description: String = "") {
        self.name = name
        self.segment = segment
        self.description = description
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Journey {
        var reader = FieldReader(input)
        let name = reader.text("name", "Name", maxLength: 160)
        let segment = reader.optionalText("segment", "Customer segment", maxLength: 120)
        let description = reader.optionalText("description", "Description")
        try reader.finish()
        return Journey(name: name, segment: segment, description: description)
    }

    public var formInput: FormInput {
        .from([("name", name), ("segment", segment), ("description", description)])
    }
}

/// A step of a journey as the customer experiences it, e.g. "Apply" or "Get connected".
public struct Stage: RecordContent {
    public var journeyID: UUID
    public var name: String
    public var description: String
    /// Order within the journey; kept by the system, not typed by people.
    public var position: Int

    public init(journeyID: UUID, name: String, description: String = "", position: Int = 0) {
        self.journeyID = journeyID
        self.name = name
        self.description = description
        self.position = position
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Stage {
        var reader = FieldReader(input)
        let journey = reader.id("journey_id", "Journey")
        let name = reader.text("name", "Name", maxLength: 120)
        let description = reader.optionalText("description", "Description", maxLength: 2000)
        try reader.finish()
        return Stage(journeyID: journey!, name: name, description: description)
    }

    public var formInput: FormInput {
        .from([("journey_id", journeyID.uuidString), ("name", name), ("description", description)])
    }
}

/// How the customer meets the organization at a touchpoint.
public enum Channel: String, Choice {
    case phone, web, email, app
    case inPerson = "in-person"
    case mail, chat, social

    public var label: String {
        switch self {
        case .phone: "Phone"
        case .web: "Web"
        case .email: "Email"
        case .app: "App"
        case .inPerson: "In person"
        case .mail: "Mail"
        case .chat: "Chat"
        case .social: "Social"
        }
    }
}

/// A moment where the customer meets the organization, owned by one team.
public struct Touchpoint: RecordContent {
    public var stageID: UUID
    public var name: String
    public var channel: Channel
    public var owningTeamID: UUID
    public var expectedWaitMinutes: Int?
    public var effortMinutes: Int?
    public var description: String
    /// Order within the stage; kept by the system.
    public var position: Int

    public init(stageID: UUID, name: String, channel: Channel, owningTeamID: UUID,
                expectedWaitMinutes: Int? = nil, effortMinutes: Int? = nil,
                description: String = "", position: Int = 0) {
        self.stageID = stageID
        self.name = name
        self.channel = channel
        self.owningTeamID = owningTeamID
        self.expectedWaitMinutes = expectedWaitMinutes
        self.effortMinutes = effortMinutes
        self.description = description
        self.position = position
    }

    /// A month in minutes: longer waits are recorded as friction, not as an expected wait.
    public static let maxMinutes = 43_200

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Touchpoint {
        var reader = FieldReader(input)
        let stage = reader.id("stage_id", "Stage")
        let name = reader.text("name", "Name", maxLength: 160)
        let channel = reader.choice("channel", "Channel", as: Channel.self)
        let team = reader.id("owning_team_id", "Owning team")
        let wait = reader.optionalInt("expected_wait_minutes", "Expected wait (minutes)", in: 0...maxMinutes)
        let effort = reader.optionalInt("effort_minutes", "Customer effort (minutes)", in: 0...maxMinutes)
        let description = reader.optionalText("description", "Description", maxLength: 2000)
        try reader.finish()
        return Touchpoint(stageID: stage!, name: name, channel: channel!, owningTeamID: team!,
                          expectedWaitMinutes: wait, effortMinutes: effort, description: description)
    }

    public var formInput: FormInput {
        .from([("stage_id", stageID.uuidString), ("name", name), ("channel", channel.rawValue),
               ("owning_team_id", owningTeamID.uuidString),
               ("expected_wait_minutes", expectedWaitMinutes.formValue),
               ("effort_minutes", effortMinutes.formValue), ("description", description)])
    }
}

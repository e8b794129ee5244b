import Foundation

/// What a team does for the organization.
public enum TeamFunction: String, Choice {
    case leadership, sales, marketing
    case customerService = "customer-service"
    case operations
    case billingFinance = "billing-finance"
    case product
    case itArchitecture = "it-architecture"
    case hr, other

    public var label: String {
        switch self {
        case .leadership: "Leadership"
        case .sales: "Sales"
        case .marketing: "Marketing"
        case .customerService: "Customer service"
        case .operations: "Operations"
        case .billingFinance: "Billing / finance"
        case .product: "Product"
        case .itArchitecture: "IT / architecture"
        case .hr: "HR"
        case .other: "Other"
        }
    }
}

public struct Team: RecordContent {
    public var name: String
    public var function: TeamFunction
    public var parentTeamID: UUID?

    public init(name: String, function: TeamFunction, parentTeamID: UUID? = nil) {
        self.name = name
        self.function = function
        self.parentTeamID = parentTeamID
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Team {
        var reader = FieldReader(input)
        let name = reader.text("name", "Name", maxLength: 120)
        let function = reader.choice("function", "Function", as: TeamFunction.self)
        let parent = reader.optionalID("parent_team_id", "Parent team")
        try reader.finish()
        return Team(name: name, function: function!, parentTeamID: parent)
    }

    public var formInput: FormInput {
        .from([("name", name), ("function", function.rawValue), ("parent_team_id", parentTeamID.formValue)])
    }
}

public struct Person: RecordContent {
    public var name: String
    public var email: String
    public var teamID: UUID?
    public var jobTitle: String
    /// The day they joined, and the day they left (nil while they are here).
    public var startedOn: CalendarDate?
    public var leftOn: CalendarDate?

    public init(name: String, email: String = "", teamID: UUID? = nil, jobTitle: String = "", startedOn: CalendarDate? = nil, leftOn: CalendarDate? = nil) {
        self.name = name
        self.email = email
        self.teamID = teamID
        self.jobTitle = jobTitle
        self.startedOn = startedOn
        self.leftOn = leftOn
    }

    /// Whether they still work here on `day`.
    public func isHere(on day: CalendarDate) -> Bool { leftOn.map { $0 > day } ?? true }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Person {
        var reader = FieldReader(input)
        let name = reader.text("name", "Name", maxLength: 120)
        let email = reader.optionalEmail("email", "Email")
        let team = reader.optionalID("team_id", "Team")
        let title = reader.optionalText("job_title", "Job title", maxLength: 120)
        let started = reader.optionalDate("started_on", "Started on")
        let left = reader.optionalDate("left_on", "Left on")
        if let started, let left, left < started { reader.fail("left_on", "Left on must not be before Started on (\(started)).") }
        try reader.finish()
        return Person(name: name, email: email, teamID: team, jobTitle: title, startedOn: started, leftOn: left)
    }

    public var formInput: FormInput {
        .from([("name", name), ("email", email), ("team_id", teamID.formValue), ("job_title", jobTitle), ("started_on", startedOn?.description),
               ("left_on", leftOn?.description)])
    }
}

public struct StrategyGoal: RecordContent {
    public var title: String
    public var description: String
    /// The measures that show progress, one per line.
    public var measure: String
    /// The person who answers for the goal.
    public var ownerPersonID: UUID?
    /// The day by which the goal should be reached.
    public var horizon: CalendarDate?

    public init(title: String, description: String = "", measure: String = "", ownerPersonID: UUID? = nil, horizon: CalendarDate? = nil) {
        self.title = title
        self.description = description
        self.measure = measure
        self.ownerPersonID = ownerPersonID
        self.horizon = horizon
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> StrategyGoal {
        var reader = FieldReader(input)
        let title = reader.text("title", "Title", maxLength: 200)
        let description = reader.optionalText("description", "Description")
        let measure = reader.optionalText("measure", "Measures that show progress", maxLength: 2000)
        let owner = reader.optionalID("owner_person_id", "Owner")
        let horizon = reader.optionalDate("horizon", "Horizon")
        try reader.finish()
        return StrategyGoal(title: title, description: description, measure: measure, ownerPersonID: owner, horizon: horizon)
    }

    public var formInput: FormInput {
        .from([("title", title), ("description", description), ("measure", measure), ("owner_person_id", ownerPersonID.formValue),
               ("horizon", horizon?.description)])
    }
}

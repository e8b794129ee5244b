import Foundation

/// A measure a team is rewarded for: its unit, the way it is rewarded (up, down, or within a range), and a target.
public struct KPI: RecordContent {
    public var teamID: UUID
    public var name: String
    public var unit: String
    public var rewarded: RewardedDirection
    public var target: Double?
    /// The range a `.range` KPI is rewarded for staying within; nil for the others.
    public var rangeLow: Double?, rangeHigh: Double?
    public var description: String

    public init(teamID: UUID, name: String, unit: String = "", rewarded: RewardedDirection, target: Double? = nil,
                rangeLow: Double? = nil, rangeHigh: Double? = nil, description: String = "") {
        (self.teamID, self.name, self.unit, self.rewarded, self.target) = (teamID, name, unit, rewarded, target)
        (self.rangeLow, self.rangeHigh, self.description) = (rangeLow, rangeHigh, description)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> KPI {
        var reader = FieldReader(input)
        let team = reader.optionalID("team_id", "Team")
        if input.value("team_id") == nil { reader.fail("team_id", "Team is required.") }
        let name = reader.text("name", "Name", maxLength: 200)
        let unit = reader.optionalText("unit", "Unit", maxLength: 40)
        let rewarded = reader.choice("rewarded", "Rewarded for", as: RewardedDirection.self)
        let target = reader.optionalNumber("target", "Target")
        let low = reader.optionalNumber("range_low", "Range from"), high = reader.optionalNumber("range_high", "Range to")
        let description = reader.optionalText("description", "How it is counted", maxLength: 2000)
        if rewarded == .range {
            if input.value("range_low") == nil { reader.fail("range_low", "A KPI rewarded for staying within a range needs where the range starts.") }
            if input.value("range_high") == nil { reader.fail("range_high", "A KPI rewarded for staying within a range needs where the range ends.") }
            if let low, let high, low >= high { reader.fail("range_high", "Range to must be above range from (\(low)).") }
        } else if rewarded != nil {
            for (field, value) in [("range_low", low), ("range_high", high)] where value != nil {
                reader.fail(field, "Only a KPI rewarded for staying within a range has a range; this one is rewarded for going \(rewarded!.rawValue).")
            }
        }
        try reader.finish()
        return KPI(teamID: team!, name: name, unit: unit, rewarded: rewarded!, target: target, rangeLow: low, rangeHigh: high, description: description)
    }

    public var formInput: FormInput {
        .from([("team_id", teamID.uuidString), ("name", name), ("unit", unit), ("rewarded", rewarded.rawValue),
               ("target", target.map(Self.text) ?? ""), ("range_low", rangeLow.map(Self.text) ?? ""), ("range_high", rangeHigh.map(Self.text) ?? ""),
               ("description", description)])
    }

    /// A number as people write it: no trailing ".0".
    public static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

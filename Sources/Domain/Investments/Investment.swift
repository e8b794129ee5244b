import Foundation

/// Whether money goes on running the organization or on something it will own.
public enum InvestmentKind: String, Choice {
    case operational, capital

    public var label: String {
        switch self {
        case .operational: "Operational"
        case .capital: "Capital"
        }
    }
}

/// Where an investment stands: proposed until approved or rejected, then done. Each move is a step of its own.
public enum InvestmentStatus: String, Choice {
    case proposed, approved, done, rejected

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .approved: "Approved"
        case .done: "Done"
        case .rejected: "Rejected"
        }
    }
}

/// One KPI whose reward an investment changes: rewarded another way, or no longer rewarded at all.
public struct KPIRewardChange: Sendable, Hashable {
    public let kpiID: UUID
    /// nil: the KPI is no longer rewarded.
    public let rewarded: RewardedDirection?

    public init(kpiID: UUID, rewarded: RewardedDirection?) { (self.kpiID, self.rewarded) = (kpiID, rewarded) }

    /// `up:ID`, `down:ID`, `range:ID`, or `none:ID` for no longer rewarded.
    public init?(formValue: String) {
        guard let (way, id) = KindAndID.split(formValue) else { return nil }
        if way == "none" { self.init(kpiID: id, rewarded: nil) }
        else if let direction = RewardedDirection(rawValue: way) { self.init(kpiID: id, rewarded: direction) }
        else { return nil }
    }

    public var formValue: String { "\(rewarded?.rawValue ?? "none"):\(kpiID.uuidString)" }
}

/// Money the organization means to spend, grouping the planned changes and initiatives it pays for: Align shows what
/// it would do to alignment before it is approved (`InvestmentOutlook`), and, once done, sets the projection beside
/// what happened.
public struct Investment: RecordContent {
    public var title: String
    public var kind: InvestmentKind
    public var description: String
    /// As entered, to the cent; never rounded.
    public var cost: Decimal
    public var currency: String
    public var changeIDs: [UUID]
    public var initiativeIDs: [UUID]
    /// Themes customers raise that no confirmed friction explains, which it means to answer.
    public var blindSpots: [String]
    public var kpiRewards: [KPIRewardChange]
    /// Kept by the steps (approve, reject, done), never by a form.
    public var status: InvestmentStatus = .proposed
    public var decidedOn: CalendarDate?
    public var doneOn: CalendarDate?
    /// The index as it stood, and as projected, on the day it was approved.
    public var projectedBefore: Int?
    public var projectedAfter: Int?

    public init(title: String, kind: InvestmentKind, description: String = "", cost: Decimal, currency: String, changeIDs: [UUID] = [],
                initiativeIDs: [UUID] = [], blindSpots: [String] = [], kpiRewards: [KPIRewardChange] = []) {
        (self.title, self.kind, self.description, self.cost, self.currency) = (title, kind, description, cost, currency)
        (self.changeIDs, self.initiativeIDs, self.blindSpots, self.kpiRewards) = (changeIDs, initiativeIDs, blindSpots, kpiRewards)
    }

    public static let maxParts = 200
    /// Themes are short names; a longer one cannot be a theme Align found.
    public static let maxThemeLength = 200

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Investment {
        var reader = FieldReader(input)
        let title = reader.text("title", "Title", maxLength: 160)
        let kind = reader.choice("kind", "Kind", as: InvestmentKind.self)
        let description = reader.optionalText("description", "Description", maxLength: 10_000)
        let cost = readCost(&reader)
        let currency = reader.text("currency", "Currency", maxLength: 3)
        if !currency.isEmpty && !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isUppercase }) {
            reader.fail("currency", "Currency is a three-letter code in capitals, such as EUR, GBP or USD; \"\(currency)\" is not.")
        }
        let changes = reader.ids("change_ids", "Planned changes"), initiatives = reader.ids("initiative_ids", "Initiatives")
        if changes.isEmpty && initiatives.isEmpty && input.values("change_ids").isEmpty && input.values("initiative_ids").isEmpty {
            reader.fail("change_ids", "Group at least one planned change or initiative: they are what the investment pays for.")
        }
        let blindSpots = uniqued(input.values("blind_spots"))
        if let long = blindSpots.first(where: { $0.count > maxThemeLength }) {
            reader.fail("blind_spots", "A blind spot is a theme's name, at most \(maxThemeLength) characters; one here has \(long.count).")
        }
        let rewards = readRewards(&reader)
        let status = input.value("status") == nil ? .proposed : reader.choice("status", "Status", as: InvestmentStatus.self)
        if changes.count + initiatives.count + blindSpots.count + rewards.count > maxParts {
            reader.fail("change_ids", "An investment groups at most \(maxParts) changes, initiatives, blind spots and KPIs; split it.")
        }
        try reader.finish()
        var investment = Investment(title: title, kind: kind!, description: description, cost: cost!, currency: currency, changeIDs: changes,
                                    initiativeIDs: initiatives, blindSpots: blindSpots, kpiRewards: rewards)
        investment.status = status!
        return investment
    }

    private static func readCost(_ reader: inout FieldReader) -> Decimal? {
        guard let text = reader.input.value("cost") else { reader.fail("cost", "Cost is required."); return nil }
        guard let cost = Money.parse(text) else {
            reader.fail("cost", "Cost holds \"\(text)\", which is not an amount: digits with at most two decimals after a point, such as 480000 or 1250.50.")
            return nil
        }
        return cost
    }

    private static func readRewards(_ reader: inout FieldReader) -> [KPIRewardChange] {
        var rewards: [KPIRewardChange] = []
        for value in reader.input.values("kpi_rewards") {
            guard let change = KPIRewardChange(formValue: value) else {
                reader.fail("kpi_rewards", "KPI rewards holds \"\(value)\", which is not up:, down:, range: or none: followed by a KPI.")
                continue
            }
            if rewards.contains(where: { $0.kpiID == change.kpiID }) {
                reader.fail("kpi_rewards", "A KPI's reward changes one way only; choose one for each KPI.")
            } else { rewards.append(change) }
        }
        return rewards
    }

    private static func uniqued(_ values: [String]) -> [String] {
        values.reduce(into: []) { result, value in if !result.contains(value) { result.append(value) } }
    }

    public var formInput: FormInput {
        var input = FormInput.from([("title", title), ("kind", kind.rawValue), ("description", description), ("cost", Money.text(cost)),
                                    ("currency", currency), ("status", status.rawValue)])
        input.fields["change_ids"] = changeIDs.map(\.uuidString)
        input.fields["initiative_ids"] = initiativeIDs.map(\.uuidString)
        input.fields["blind_spots"] = blindSpots
        input.fields["kpi_rewards"] = kpiRewards.map(\.formValue)
        return input
    }

    private enum CodingKeys: String, CodingKey {
        case title, kind, description, cost, currency, changeIDs, initiativeIDs, blindSpots, kpiRewards, status, decidedOn, doneOn
        case projectedBefore, projectedAfter
    }

    /// The cost as text ("480000.50"), so no client reads it through floating point.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(description, forKey: .description)
        try container.encode(Money.text(cost), forKey: .cost)
        try container.encode(currency, forKey: .currency)
        try container.encode(changeIDs, forKey: .changeIDs)
        try container.encode(initiativeIDs, forKey: .initiativeIDs)
        try container.encode(blindSpots, forKey: .blindSpots)
        try container.encode(kpiRewards.map(\.formValue), forKey: .kpiRewards)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(decidedOn, forKey: .decidedOn)
        try container.encodeIfPresent(doneOn, forKey: .doneOn)
        try container.encodeIfPresent(projectedBefore, forKey: .projectedBefore)
        try container.encodeIfPresent(projectedAfter, forKey: .projectedAfter)
    }
}

import Foundation

/// What customers said about one friction or blind spot, summed up for ranking.
public struct Evidence: Sendable, Equatable {
    /// Feedback items behind it.
    public var count: Int
    /// Priorities customers gave themselves (1–5), summed over the items that have one.
    public var statedPrioritySum: Int
    public var statedPriorityCount: Int
    /// The most valuable customer account among those who said it.
    public var highestTier: ValueTier?
    public var newest: CalendarDate?
    /// Sum over the items of how negative each is: max(0, −sentiment), so 0…count.
    public var negativitySum: Double

    public init(count: Int = 0, statedPrioritySum: Int = 0, statedPriorityCount: Int = 0, highestTier: ValueTier? = nil,
                newest: CalendarDate? = nil, negativitySum: Double = 0) {
        self.count = count
        self.statedPrioritySum = statedPrioritySum
        self.statedPriorityCount = statedPriorityCount
        self.highestTier = highestTier
        self.newest = newest
        self.negativitySum = negativitySum
    }
}

/// The priority of a Legitimize entry and its five parts, each 0…1, so the page can show the sum.
public struct PriorityScore: Sendable, Equatable {
    /// F: how many items, on a log scale against the most-mentioned entry.
    public let frequency: Double
    /// S: the team's severity ÷ 5; for a blind spot, which the team has not rated, how negative the items are.
    public let severity: Double
    /// P: the customers' own priority ÷ 5; items without one count as 3.
    public let customerPriority: Double
    /// V: the highest value tier among the customers: strategic 1, high 0.75, medium 0.5, low 0.25.
    public let valueTier: Double
    /// R: halves every 90 days since the newest item (for a friction no customer mentioned, since it was recorded).
    public let recency: Double

    public static let weights = (frequency: 0.30, severity: 0.25, customerPriority: 0.20, valueTier: 0.15, recency: 0.10)
    public static let formula = "Priority = 100 × (0.30 F + 0.25 S + 0.20 P + 0.15 V + 0.10 R)"
    public static let halfLifeDays = 90.0

    /// 0…100.
    public var total: Double {
        let w = Self.weights
        return 100 * (w.frequency * frequency + w.severity * severity + w.customerPriority * customerPriority
            + w.valueTier * valueTier + w.recency * recency)
    }

    public init(frequency: Double, severity: Double, customerPriority: Double, valueTier: Double, recency: Double) {
        self.frequency = frequency
        self.severity = severity
        self.customerPriority = customerPriority
        self.valueTier = valueTier
        self.recency = recency
    }

    /// - Parameters:
    ///   - largestCount: the most items behind any entry being ranked together, so F compares like with like.
    ///   - recordedOn: when the team recorded the friction; the recency of an entry no customer backs.
    public init(evidence: Evidence, teamSeverity: Int?, largestCount: Int, today: CalendarDate, recordedOn: CalendarDate? = nil) {
        let count = Double(evidence.count)
        frequency = largestCount > 0 && evidence.count > 0 ? min(1, log(1 + count) / log(1 + Double(largestCount))) : 0
        if let teamSeverity {
            severity = Double(min(max(teamSeverity, 0), 5)) / 5
        } else {
            severity = count > 0 ? min(1, evidence.negativitySum / count) : 0
        }
        let unstated = evidence.count - evidence.statedPriorityCount
        customerPriority = count > 0 ? Double(evidence.statedPrioritySum + 3 * max(0, unstated)) / (5 * count) : 0
        valueTier = evidence.highestTier?.weight ?? 0
        if let newest = evidence.newest ?? recordedOn {
            recency = pow(0.5, Double(max(0, today.dayNumber - newest.dayNumber)) / Self.halfLifeDays)
        } else {
            recency = 0
        }
    }
}

extension ValueTier {
    /// How much an account's voice weighs in a priority, 0…1.
    public var weight: Double {
        switch self {
        case .strategic: 1
        case .high: 0.75
        case .medium: 0.5
        case .low: 0.25
        }
    }

    /// Low 1 … strategic 4: the order the database compares tiers in.
    public var rank: Int { Int(weight * 4) }

    public init?(rank: Int) {
        guard let tier = ValueTier.allCases.first(where: { $0.rank == rank }) else { return nil }
        self = tier
    }
}

extension CalendarDate {
    /// Days since 1970-01-01, for counting the days between two dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date in UTC of a moment.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

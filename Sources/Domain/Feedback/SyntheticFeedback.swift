/// Deterministic synthetic survey responses (seeded), for the demo and benchmarks.
///
/// Comments are written from a bank of customer phrasings (`SyntheticFeedbackPhrases`), so the
/// patterns in them are real text for the theme engine to find, never a label: the same
/// frictions recur in many people's words, some grow or fade across the year, some peak in a
/// season, and the scores follow the tone of what was said.
public struct SyntheticFeedback: Sendable {
    public struct Response: Sendable, Equatable {
        public var externalID: String
        public var date: CalendarDate
        public var touchpoint: String
        public var channel: String
        public var segment: String
        public var nps: Int?
        public var csat: Int?
        public var ces: Int?
        public var comment: String

        public init(externalID: String, date: CalendarDate, touchpoint: String, channel: String, segment: String,
                    nps: Int?, csat: Int?, ces: Int?, comment: String) {
            self.externalID = externalID
            self.date = date
            self.touchpoint = touchpoint
            self.channel = channel
            self.segment = segment
            self.nps = nps
            self.csat = csat
            self.ces = ces
            self.comment = comment
        }
    }

    public let seed: UInt64
    public let touchpoints: [String]
    /// The last day responses fall on; they spread over the 365 days ending on it.
    public let endDate: CalendarDate
    let topics: [FeedbackTopic]
    /// Running totals of each touchpoint's share of responses, fixed by the seed.
    let cumulativeWeights: [Double]
    let endDay: Int

    static let window = 365
    static let channels = ["Email survey", "SMS survey", "Web survey", "After-call IVR"]
    static let segments = ["Household", "Small business", "Large business", "Public sector"]

    public init(seed: UInt64, touchpoints: [String], endDate: CalendarDate) {
        self.seed = seed
        self.touchpoints = touchpoints
        self.endDate = endDate
        self.topics = touchpoints.map(FeedbackTopic.init(touchpoint:))
        self.endDay = Self.dayNumber(endDate)
        var total = 0.0
        self.cumulativeWeights = touchpoints.indices.map { index in
            var random = SplitMix64(seed: seed ^ SplitMix64.mix(UInt64(index) &+ 0x5EED_7A11))
            total += 1 + 4 * random.unit()
            return total
        }
    }

    /// The response numbered `index` (0-based); the same seed and index always give the same response,
    /// so a million rows can be generated one at a time in constant memory.
    public func response(_ index: Int) -> Response {
        precondition(index >= 0, "response numbers start at 0")
        var random = SplitMix64(seed: seed ^ SplitMix64.mix(UInt64(index) &+ 0x9E37_79B9))
        let back = random.below(Self.window)
        let date = Self.date(dayNumber: endDay - back) ?? endDate
        let progress = 1 - Double(back) / Double(Self.window - 1)

        let (touchpoint, topic) = pickTouchpoint(&random)
        let segment = Self.segments[random.pick([70, 17, 8, 5])]
        let channel = Self.channels[random.pick(FeedbackTopic.isPhone(touchpoint) ? [30, 15, 10, 45] : [45, 25, 20, 10])]

        // Fewer complaints as the year goes on, so the scores show an improving trend.
        let negativeShare = 0.56 - 0.12 * progress
        let roll = random.unit()
        let tone: FeedbackTone = roll < negativeShare ? .negative : roll < negativeShare + 0.17 ? .mixed : .positive
        var comment = ""
        if random.unit() >= 0.1 {
            comment = SyntheticFeedbackPhrases.comment(tone: tone, topic: topic, month: date.month, progress: progress,
                                                       segment: segment, random: &random)
        }

        let (nps, csat, ces) = Self.scores(tone, &random)
        let number = String(index + 1)
        return Response(externalID: "R-" + String(repeating: "0", count: max(0, 6 - number.count)) + number,
                        date: date, touchpoint: touchpoint, channel: channel, segment: segment,
                        nps: nps, csat: csat, ces: ces, comment: comment)
    }

    /// A touchpoint drawn by its weight, and the topic its comments speak of.
    private func pickTouchpoint(_ random: inout SplitMix64) -> (String, FeedbackTopic) {
        guard let total = cumulativeWeights.last else { return ("", .general) }
        let target = random.unit() * total
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
        }
        return (touchpoints[low], topics[low])
    }

    /// NPS, CSAT and CES answers in keeping with the comment's tone, each sometimes left out.
    private static func scores(_ tone: FeedbackTone, _ random: inout SplitMix64) -> (Int?, Int?, Int?) {
        let mood: Double = switch tone {
        case .negative: 0.08 + 0.30 * random.unit()
        case .mixed: 0.40 + 0.25 * random.unit()
        case .positive: 0.75 + 0.25 * random.unit()
        }
        func answer(_ range: ClosedRange<Int>, spread: Double, present: Double) -> Int? {
            let noise = (random.unit() + random.unit() - 1) * spread
            let value = Double(range.lowerBound) + mood * Double(range.upperBound - range.lowerBound) + noise
            let shown = random.unit() < present
            return shown ? min(range.upperBound, max(range.lowerBound, Int(value.rounded()))) : nil
        }
        let nps = answer(0...10, spread: 1.6, present: 0.8)
        let csat = answer(1...5, spread: 0.7, present: 0.6)
        return (nps, csat, answer(1...7, spread: 1.0, present: 0.5))
    }

    public static let csvHeader = ["response_id", "submitted", "touchpoint", "channel", "segment", "nps", "csat", "ces", "comment"]

    /// The response's fields in `csvHeader` order, with "" for scores not answered.
    public func csvFields(_ response: Response) -> [String] {
        [response.externalID, response.date.description, response.touchpoint, response.channel, response.segment,
         response.nps.map(String.init) ?? "", response.csat.map(String.init) ?? "", response.ces.map(String.init) ?? "",
         response.comment]
    }

    // MARK: - Days

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    static func dayNumber(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * ((date.month + 9) % 12) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil outside the years 1–9999.
    static func date(dayNumber: Int) -> CalendarDate? {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

enum FeedbackTone: Sendable { case negative, mixed, positive }

/// What a touchpoint is about, guessed from its name, so comments can speak about it.
enum FeedbackTopic: Sendable, Equatable {
    case billing, leak, connection, general

    init(touchpoint name: String) {
        let name = name.lowercased()
        func mentions(_ words: [String]) -> Bool { words.contains { name.contains($0) } }
        if mentions(["connection", "application", "quote", "site ", "meter fitted", "account set-up", "first bill"]) {
            self = .connection
        } else if mentions(["leak", "repair", "inspector", "supply", "triage", "visit window", "usage", "road"]) {
            self = .leak
        } else if mentions(["bill", "balance", "payment", "meter read", "chat"]) {
            self = .billing
        } else {
            self = .general
        }
    }

    static func isPhone(_ name: String) -> Bool {
        let name = name.lowercased()
        return name.contains("call") || name.contains("line") || name.contains("phone")
    }
}

/// SplitMix64: tiny, fast and good enough for synthetic data; one generator per response.
public struct SplitMix64: Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// Scrambles the bits of `value`, so neighbouring seeds give unrelated streams.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A number in 0..<1.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A number in 0..<bound.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// An index into `weights`, chosen in proportion to them.
    public mutating func pick(_ weights: [Double]) -> Int {
        var target = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }
}

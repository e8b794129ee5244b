import Foundation

/// One counter an organization keeps about its feedback, e.g. "NPS answers of 9 in March 2026"
/// (`nps`, `month`, "2026-03", "9") or "negative items of theme ‘callback slot’ on touchpoint T".
public struct FigureKey: Hashable, Sendable {
    public let figure: String
    public let dimension: String
    /// The group, encoded so that a missing value and every stored value (even an empty one) stay apart.
    public let subject: String
    public let detail: String

    public init(_ figure: String, _ dimension: String, subject: String?, detail: String) {
        self.init(figure, dimension, encodedSubject: FigureKey.encode(subject), detail: detail)
    }

    public init(_ figure: String, _ dimension: String, encodedSubject: String, detail: String) {
        self.figure = figure
        self.dimension = dimension
        self.subject = encodedSubject
        self.detail = detail
    }

    /// The group's value as given: nil for answers that name none.
    public var subjectValue: String? { FigureKey.decode(subject) }

    public static func encode(_ value: String?) -> String { value.map { "+" + $0 } ?? "-" }

    public static func decode(_ subject: String) -> String? { subject.hasPrefix("+") ? String(subject.dropFirst()) : nil }
}

/// Counters to add to (or, negated, take from) the kept figures.
public struct FigureCounts: Sendable, Equatable {
    public private(set) var counts: [FigureKey: Int] = [:]

    public init() {}

    public mutating func add(_ key: FigureKey, _ count: Int = 1) {
        counts[key, default: 0] += count
        if counts[key] == 0 { counts[key] = nil }
    }

    public mutating func add(_ other: FigureCounts, times sign: Int = 1) {
        for (key, count) in other.counts { add(key, count * sign) }
    }

    public var isEmpty: Bool { counts.isEmpty }

    /// The same counters, to take away.
    public var negated: FigureCounts {
        var result = FigureCounts()
        result.add(self, times: -1)
        return result
    }
}

/// What one feedback item is counted by: the facts its figures depend on.
public struct FeedbackFacts: Sendable, Equatable {
    public var date: CalendarDate?
    public var channel: String?
    public var segment: String?
    public var nps: Int?
    public var csat: Int?
    public var ces: Int?
    public var theme: String?
    public var negative: Bool
    /// One entry per link to a touchpoint, with where the touchpoint sits now.
    public var places: [TouchpointPlace]
    /// A friction or a negative comment: what Legitimize weighs.
    public var complaint = false
    /// The priority the customer gave, 1…5.
    public var priority: Int?
    /// How negative it is: −sentiment when below zero, else 0.
    public var negativity = 0.0
    /// The value tier of the customer named on it.
    public var tier: ValueTier?
    /// The frictions a confirmed link ties it to.
    public var confirmedFrictions: [UUID] = []
    /// The segment of the customer who gave it (named on it, or through its conversation).
    public var customerSegment: String?
    /// The import that brought it: its answers and themes count per import too.
    public var importID: UUID?
    /// What the feedback list filters by, as stored.
    public var kind = "", source = "", sentiment: String?

    public init(date: CalendarDate?, channel: String?, segment: String?, nps: Int?, csat: Int?, ces: Int?, theme: String?,
                negative: Bool, places: [TouchpointPlace]) {
        self.date = date
        self.channel = channel
        self.segment = segment
        self.nps = nps
        self.csat = csat
        self.ces = ces
        self.theme = theme
        self.negative = negative
        self.places = places
    }
}

/// A touchpoint with its stage and journey.
public struct TouchpointPlace: Sendable, Equatable {
    public let touchpointID: UUID
    public let stageID: UUID
    public let journeyID: UUID

    public init(touchpointID: UUID, stageID: UUID, journeyID: UUID) {
        self.touchpointID = touchpointID
        self.stageID = stageID
        self.journeyID = journeyID
    }
}

extension FeedbackFacts {
    /// The facts of a stored item; links to touchpoints missing from `places` (deleted) count nowhere.
    public init(_ item: FeedbackItem, theme: String?, places: [UUID: TouchpointPlace], tier: ValueTier? = nil,
                confirmedFrictions: [UUID] = [], customerSegment: String? = nil) {
        self.init(date: item.date, channel: item.channel, segment: item.segment, nps: item.nps, csat: item.csat, ces: item.ces,
                  theme: theme, negative: item.sentimentLabel == .negative, places: item.touchpointIDs.compactMap { places[$0] })
        complaint = item.kind == .friction || item.sentimentLabel == .negative
        priority = item.priority
        negativity = max(0, -(item.sentimentScore ?? 0))
        self.tier = tier
        self.confirmedFrictions = confirmedFrictions
        self.customerSegment = customerSegment
        importID = item.importID
        kind = item.kind.rawValue
        source = item.source.rawValue
        sentiment = item.sentimentLabel?.rawValue
    }
}

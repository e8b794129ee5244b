import Foundation

/// What scores can be broken down by.
public enum ScoreDimension: String, Choice {
    case month, journey, stage, touchpoint, channel, segment
    /// The import that brought the answers (answers entered by hand count in no import).
    case importFile = "import"

    public var label: String {
        switch self {
        case .month: "Month"
        case .journey: "Journey"
        case .stage: "Stage"
        case .touchpoint: "Touchpoint"
        case .channel: "Channel"
        case .segment: "Segment"
        case .importFile: "Import"
        }
    }
}

/// The kept figures of feedback: which counters one item adds to. Imports add a batch's counts, an
/// edit adds the new item's and takes the old one's, a deletion takes its own; a full recount adds
/// every item's. Every figure is a sum of these, so any of them can be checked against a recount.
public enum FeedbackFigures {
    /// Raised whenever `counts(of:)` changes what it counts, so stored figures are counted afresh on migrating.
    public static let definitions = 5
    /// The three survey scales, as figure names.
    public static let scales = ["nps", "csat", "ces"]
    /// The dimension of the one group that holds every answer.
    public static let overall = "all"
    /// Counters of a scale's answers per group: one per answer value, and the group's total.
    public static func totalFigure(_ scale: String) -> String { scale + ".total" }
    public static let theme = "theme", heat = "heat"
    public static let items = "items", negative = "negative"
    /// Per touchpoint, the customer segments heard there (change fatigue counts changes per segment).
    public static let segmentsSeen = "segments-seen"

    public static func counts(of facts: FeedbackFacts) -> FigureCounts {
        var counts = FigureCounts()
        for (scale, value) in zip(scales, [facts.nps, facts.csat, facts.ces]) {
            guard let value else { continue }
            for (dimension, subject) in groups(of: facts) {
                counts.add(FigureKey(scale, dimension, encodedSubject: subject, detail: String(value)))
                counts.add(FigureKey(totalFigure(scale), dimension, encodedSubject: subject, detail: ""))
            }
        }
        for place in facts.places {
            let subject = FigureKey.encode(place.touchpointID.uuidString)
            counts.add(FigureKey(heat, ScoreDimension.touchpoint.rawValue, encodedSubject: subject, detail: items))
            if facts.negative { counts.add(FigureKey(heat, ScoreDimension.touchpoint.rawValue, encodedSubject: subject, detail: negative)) }
            if let segment = facts.customerSegment, !segment.isEmpty {
                counts.add(FigureKey(segmentsSeen, ScoreDimension.touchpoint.rawValue, encodedSubject: subject, detail: segment))
            }
        }
        if let name = facts.theme { counts.add(themeCounts(name, facts)) }
        counts.add(legitimizeCounts(facts))
        counts.add(monthScoreCounts(facts))
        for (dimension, value) in listGroups(of: facts) { counts.add(FigureKey(feedback, dimension, subject: value, detail: items)) }
        if let date = facts.date {
            // Items and negative items by month: the sentiment trend of the alignment index.
            let month = String(date.description.prefix(7))
            counts.add(FigureKey(feedback, ScoreDimension.month.rawValue, subject: month, detail: items))
            if facts.negative { counts.add(FigureKey(feedback, ScoreDimension.month.rawValue, subject: month, detail: negative)) }
        }
        return counts
    }

    /// Items per value of what the feedback list filters by alone, so the list's total is read, not counted.
    public static let feedback = "feedback"

    public static func listGroups(of facts: FeedbackFacts) -> [(dimension: String, value: String?)] {
        [(overall, nil), (ScoreDimension.channel.rawValue, facts.channel), ("kind", facts.kind), ("source", facts.source),
         ("sentiment", facts.sentiment)]
    }

    /// Every group an item's answers count in, as (dimension, encoded subject); one per touchpoint link
    /// for touchpoints, stages and journeys, so an item on two touchpoints of one journey counts twice there.
    static func groups(of facts: FeedbackFacts) -> [(String, String)] {
        var groups: [(String, String)] = [
            (overall, FigureKey.encode(nil)),
            (ScoreDimension.month.rawValue, FigureKey.encode(facts.date.map { String($0.description.prefix(7)) })),
            (ScoreDimension.channel.rawValue, FigureKey.encode(facts.channel)),
            (ScoreDimension.segment.rawValue, FigureKey.encode(facts.segment)),
        ]
        if let importID = facts.importID { groups.append((ScoreDimension.importFile.rawValue, FigureKey.encode(importID.uuidString))) }
        for place in facts.places {
            groups.append((ScoreDimension.touchpoint.rawValue, FigureKey.encode(place.touchpointID.uuidString)))
            groups.append((ScoreDimension.stage.rawValue, FigureKey.encode(place.stageID.uuidString)))
            groups.append((ScoreDimension.journey.rawValue, FigureKey.encode(place.journeyID.uuidString)))
        }
        return groups
    }

    static func themeCounts(_ name: String, _ facts: FeedbackFacts) -> FigureCounts {
        var counts = FigureCounts()
        let subject = FigureKey.encode(name)
        counts.add(FigureKey(theme, overall, encodedSubject: subject, detail: items))
        if facts.negative { counts.add(FigureKey(theme, overall, encodedSubject: subject, detail: negative)) }
        if let date = facts.date {
            counts.add(FigureKey(theme, ScoreDimension.month.rawValue, encodedSubject: subject, detail: String(date.description.prefix(7))))
        }
        for place in facts.places {
            counts.add(FigureKey(theme, ScoreDimension.touchpoint.rawValue, encodedSubject: subject, detail: place.touchpointID.uuidString))
        }
        if let importID = facts.importID {
            counts.add(FigureKey(theme, ScoreDimension.importFile.rawValue, encodedSubject: subject, detail: importID.uuidString))
        }
        return counts
    }
}

import Foundation

public enum FeedbackKind: String, Choice {
    case worksWell = "works-well"
    case friction, suggestion, question

    public var label: String {
        switch self {
        case .worksWell: "Works well"
        case .friction: "Friction"
        case .suggestion: "Suggestion"
        case .question: "Question"
        }
    }
}

/// Where a piece of feedback came from.
public enum FeedbackSource: String, Choice {
    case conversation, survey, ticket

    public var label: String {
        switch self {
        case .conversation: "Conversation"
        case .survey: "Survey"
        case .ticket: "Ticket"
        }
    }
}

/// One thing a customer said, on the stage or touchpoints it concerns, with the customer's own priority.
public struct FeedbackItem: RecordContent {
    public var text: String
    public var kind: FeedbackKind
    public var source: FeedbackSource
    public var conversationID: UUID?
    public var customerID: UUID?
    /// The day it was given, as the source wrote it.
    public var date: CalendarDate?
    /// The moment it was given, when the source says (an import's date with a time, in UTC).
    public var occurredAt: Date?
    public var stageID: UUID?
    public var touchpointIDs: [UUID]
    /// The customer's own priority, 1 (nice to have) to 5 (matters most).
    public var priority: Int?
    /// Worked out from the text when it is saved; never typed in.
    public var sentimentScore: Double?
    public var sentimentLabel: SentimentLabel?
    /// Survey scores as answered: NPS 0–10, CSAT 1–5, CES 1–7.
    public var nps: Int?
    public var csat: Int?
    public var ces: Int?
    /// Where it was said (e.g. "email survey", "web chat"), and the customer segment it speaks for.
    public var channel: String?
    public var segment: String?
    /// The id the source system gave it; re-importing the same id adds nothing.
    public var externalID: String?
    /// The theme it was assigned to when saved or at the last recompute; never typed in.
    public var theme: String?
    /// The import that brought it; never typed in.
    public var importID: UUID?

    public init(text: String, kind: FeedbackKind, source: FeedbackSource = .conversation, conversationID: UUID? = nil,
                customerID: UUID? = nil, date: CalendarDate? = nil, occurredAt: Date? = nil, stageID: UUID? = nil, touchpointIDs: [UUID] = [],
                priority: Int? = nil, sentimentScore: Double? = nil, sentimentLabel: SentimentLabel? = nil,
                nps: Int? = nil, csat: Int? = nil, ces: Int? = nil, channel: String? = nil, segment: String? = nil,
                externalID: String? = nil, theme: String? = nil) {
        self.text = text
        self.kind = kind
        self.source = source
        self.conversationID = conversationID
        self.customerID = customerID
        self.date = date
        self.occurredAt = occurredAt
        self.stageID = stageID
        self.touchpointIDs = touchpointIDs
        self.priority = priority
        self.sentimentScore = sentimentScore
        self.sentimentLabel = sentimentLabel
        self.nps = nps
        self.csat = csat
        self.ces = ces
        self.channel = channel
        self.segment = segment
        self.externalID = externalID
        self.theme = theme
    }

    /// The same item, as brought by the import `id`.
    public func importing(_ id: UUID?) -> FeedbackItem {
        var item = self
        item.importID = id
        return item
    }

    public static let priorities = 1...5
    public static let npsScale = 0...10, csatScale = 1...5, cesScale = 1...7

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> FeedbackItem {
        var reader = FieldReader(input)
        let text = reader.text("text", "What the customer said", maxLength: 10_000)
        let kind = reader.choice("kind", "Kind", as: FeedbackKind.self)
        let source = input.value("source") == nil ? .conversation : reader.choice("source", "Source", as: FeedbackSource.self)
        let conversation = reader.optionalID("conversation_id", "Conversation")
        let customer = reader.optionalID("customer_id", "Customer")
        let date = reader.optionalDate("date", "Date")
        let occurredAt = reader.optionalMoment("occurred_at", "Time it was given")
        if occurredAt != nil, date == nil, input.value("date") == nil { reader.fail("date", "Date is needed with a time it was given.") }
        let stage = reader.optionalID("stage_id", "Stage")
        let touchpoints = reader.ids("touchpoint_ids", "Touchpoints")
        let priority = reader.optionalInt("priority", "Customer's priority", in: priorities)
        let nps = reader.optionalInt("nps", "NPS answer", in: npsScale)
        let csat = reader.optionalInt("csat", "CSAT answer", in: csatScale)
        let ces = reader.optionalInt("ces", "CES answer", in: cesScale)
        let channel = reader.optionalText("channel", "Channel", maxLength: 80)
        let segment = reader.optionalText("segment", "Segment", maxLength: 120)
        let externalID = reader.optionalText("external_id", "External id", maxLength: 200)
        try reader.finish()
        return FeedbackItem(text: text, kind: kind!, source: source!, conversationID: conversation, customerID: customer, date: date,
                            occurredAt: occurredAt, stageID: stage, touchpointIDs: touchpoints, priority: priority, nps: nps, csat: csat, ces: ces,
                            channel: channel.nilIfEmpty, segment: segment.nilIfEmpty, externalID: externalID.nilIfEmpty)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("text", text), ("kind", kind.rawValue), ("source", source.rawValue),
                                    ("conversation_id", conversationID.formValue), ("customer_id", customerID.formValue),
                                    ("date", date?.description),
                                    ("occurred_at", occurredAt.map(FieldReader.momentText)), ("stage_id", stageID.formValue), ("priority", priority.formValue),
                                    ("nps", nps.formValue), ("csat", csat.formValue), ("ces", ces.formValue), ("channel", channel),
                                    ("segment", segment), ("external_id", externalID)])
        input.fields["touchpoint_ids"] = touchpointIDs.map(\.uuidString)
        return input
    }
}

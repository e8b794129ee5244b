import Foundation

/// The sets a pulse's questions come from: two built in (editable per organization) and the organization's own.
public enum PulseQuestionSet: String, Choice {
    case strategy, fourC = "4c", custom

    public var label: String {
        switch self {
        case .strategy: "Strategy understanding"
        case .fourC: "4C experience and eNPS"
        case .custom: "Our own questions"
        }
    }
}

/// What a question tells about: one of the four experiences, the strategy, or an eNPS.
public enum PulseTopic: String, Choice {
    case customer, career, community, core, strategy, goals, enps, other

    public var label: String {
        switch self {
        case .customer: "Customer experience"
        case .career: "Career experience"
        case .community: "Community experience"
        case .core: "Core experience"
        case .strategy: "Strategy understanding"
        case .goals: "Knowing which goals my work serves"
        case .enps: "eNPS"
        case .other: "Other"
        }
    }

    /// The four experiences whose pulse scores make the 4C health.
    public static let experiences: [PulseTopic] = [.customer, .career, .community, .core]
}

/// How a question is answered.
public enum PulseAnswerKind: String, Choice {
    case agreement, scale = "0-10", text

    public var label: String {
        switch self {
        case .agreement: "Agreement, 1 (strongly disagree) to 5 (strongly agree)"
        case .scale: "0 to 10"
        case .text: "Free text"
        }
    }

    /// The values an answer may take; nil for free text.
    public var values: ClosedRange<Int>? {
        switch self {
        case .agreement: 1...5
        case .scale: 0...10
        case .text: nil
        }
    }
}

/// One question in an organization's library: which set it belongs to, what it tells about, how it is answered.
public struct PulseQuestion: RecordContent {
    public var set: PulseQuestionSet
    public var topic: PulseTopic
    public var kind: PulseAnswerKind
    public var text: String
    /// Where it stands in its set.
    public var position: Int

    public init(set: PulseQuestionSet, topic: PulseTopic, kind: PulseAnswerKind, text: String, position: Int) {
        (self.set, self.topic, self.kind, self.text, self.position) = (set, topic, kind, text, position)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> PulseQuestion {
        var reader = FieldReader(input)
        let set = reader.choice("set", "Set", as: PulseQuestionSet.self)
        let topic = reader.choice("topic", "What it tells about", as: PulseTopic.self)
        let kind = reader.choice("kind", "Answered as", as: PulseAnswerKind.self)
        let text = reader.text("text", "Question", maxLength: 300)
        let position = reader.optionalInt("position", "Position", in: 0...999) ?? 0
        if topic == .enps && kind != nil && kind != .scale { reader.fail("kind", "An eNPS question is answered 0 to 10.") }
        if let topic, PulseTopic.experiences.contains(topic) || topic == .strategy || topic == .goals, kind != nil && kind != .agreement {
            reader.fail("kind", "\(topic.label) is scored as % favourable: answer it as agreement, 1 to 5.")
        }
        try reader.finish()
        return PulseQuestion(set: set!, topic: topic!, kind: kind!, text: text, position: position)
    }

    public var formInput: FormInput {
        .from([("set", set.rawValue), ("topic", topic.rawValue), ("kind", kind.rawValue), ("text", text), ("position", String(position))])
    }
}

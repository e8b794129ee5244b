/// The built-in question sets every organization starts from and may change.
extension PulseQuestion {
    public static let builtIn: [PulseQuestion] = strategy + fourC

    static let strategy: [PulseQuestion] = [
        "We regularly discuss our strategic direction with all employees.",
        "We make it easy for our employees to understand and engage.",
        "When we need to shift direction, we adjust our work priorities.",
        "Our employees understand how the strategy influences their daily work.",
    ].enumerated().map { PulseQuestion(set: .strategy, topic: .strategy, kind: .agreement, text: $1, position: $0 + 1) }
        + [PulseQuestion(set: .strategy, topic: .goals, kind: .agreement, text: "I know which of our goals my work serves.", position: 5)]

    static let fourC: [PulseQuestion] = [
        (PulseTopic.customer, "I can see what customers get from my work."),
        (.customer, "When something gets in the way of a customer, I can get it fixed."),
        (.customer, "I know what our customers find hard about dealing with us."),
        (.career, "I am growing in my work here."),
        (.career, "My work is meaningful to me."),
        (.career, "I can see myself still working here in two years."),
        (.community, "Teams here work together to get things done for customers."),
        (.community, "When work passes to another team, I trust it will be taken care of."),
        (.community, "I can raise a problem with another team without it becoming political."),
        (.core, "Our purpose and values guide the decisions made here."),
        (.core, "What we say to customers matches what we do."),
        (.core, "Leaders act on the priorities they talk about."),
    ].enumerated().map { PulseQuestion(set: .fourC, topic: $1.0, kind: .agreement, text: $1.1, position: $0 + 1) }
        + [PulseQuestion(set: .fourC, topic: .enps, kind: .scale, text: "How likely are you to recommend this organization as a place to work?", position: 13)]
}

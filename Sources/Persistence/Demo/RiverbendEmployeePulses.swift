import Domain
import FluentKit
import Foundation

/// Two pulse rounds a quarter apart, answered by about four in five people: the Contact Centre's
/// Community and Billing's Core come out weak, and weaker the second time; Enterprise Architecture
/// (four people) stays below the threshold. Answers are generated as people would have given them
/// through their links: team and day only.
enum RiverbendEmployeePulses {
    struct Round {
        let title: String
        let sentOn: CalendarDate
        let closesOn: CalendarDate
        /// How much weaker the weak spots are this time.
        let slide: Double
    }

    static let rounds = [
        Round(title: "Spring pulse 2026", sentOn: CalendarDate(year: 2026, month: 6, day: 1)!, closesOn: CalendarDate(year: 2026, month: 6, day: 19)!, slide: 0),
        Round(title: "Summer pulse 2026", sentOn: CalendarDate(year: 2026, month: 9, day: 1)!, closesOn: CalendarDate(year: 2026, month: 9, day: 18)!, slide: 0.08),
    ]

    static let commentQuestion = PulseQuestion(set: .custom, topic: .other, kind: .text,
                                               text: "What one thing would make it easier to do right by customers?", position: 1)

    /// The share of favourable answers a team gives on a topic; the rest split between neutral and unfavourable.
    static func favourable(_ team: String, _ topic: PulseTopic, slide: Double) -> Double {
        switch (team, topic) {
        case ("contact-centre", .community): 0.34 - slide
        case ("billing", .core), ("billing", .strategy), ("billing", .goals): 0.42 - slide
        case ("field-ops", .career): 0.5 - slide / 2
        default: 0.74
        }
    }

    static let comments: [String: [String]] = [
        "contact-centre": ["Knowing that Field Operations got our notes before they call the customer back.",
                           "Fewer transfers: I hand over and never hear what happened.", "Being able to see the repair status without ringing dispatch.",
                           "Billing answering our internal queries the same day."],
        "billing": ["Knowing which goals our collections targets are meant to serve.", "Being told about strategy changes before customers are.",
                    "Targets that do not push us to send reminders during a dispute."],
        "field-ops": ["Enough crews on the rota so we are not always catching up.", "Customers being told when we are finished, automatically.",
                      "Less overtime. Several good people left this year."],
    ]

    /// One answer on a 1–5 agreement scale or 0–10, drawn to the team's profile.
    static func value(_ kind: PulseAnswerKind, favourable: Double, _ random: inout SplitMix64) -> Int {
        let draw = random.unit()
        let unfavourable = (1 - favourable) * 0.45
        switch kind {
        case .scale: return draw < favourable ? 9 + random.below(2) : draw < 1 - unfavourable ? 7 + random.below(2) : random.below(7)
        default: return draw < favourable ? 4 + random.below(2) : draw < 1 - unfavourable ? 3 : 1 + random.below(2)
        }
    }
}

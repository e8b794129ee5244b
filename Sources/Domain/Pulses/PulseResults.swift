import Foundation

/// What a pulse's answers say, for each team asked and the organization, with every figure below the
/// anonymity threshold withheld (`Anonymity`). Built from tallies (counts per team and question), never
/// from single answers.
public struct PulseResults: Sendable, Equatable {
    /// One question as the pulse asked it.
    public struct Item: Sendable, Equatable {
        public let id: UUID
        public let topic: PulseTopic
        public let kind: PulseAnswerKind
        public let text: String

        public init(id: UUID, topic: PulseTopic, kind: PulseAnswerKind, text: String) {
            (self.id, self.topic, self.kind, self.text) = (id, topic, kind, text)
        }
    }

    /// How one team (or the organization) answered one question: favourable is 4–5 of 5, or 9–10 of 10.
    public struct Tally: Sendable, Equatable {
        public var answers = 0, favourable = 0, neutral = 0, unfavourable = 0, total = 0

        public init(answers: Int = 0, favourable: Int = 0, neutral: Int = 0, unfavourable: Int = 0, total: Int = 0) {
            (self.answers, self.favourable, self.neutral, self.unfavourable, self.total) = (answers, favourable, neutral, unfavourable, total)
        }

        public static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(answers: lhs.answers + rhs.answers, favourable: lhs.favourable + rhs.favourable, neutral: lhs.neutral + rhs.neutral,
                  unfavourable: lhs.unfavourable + rhs.unfavourable, total: lhs.total + rhs.total)
        }

        /// The tally of one answer.
        public static func of(_ value: Int, kind: PulseAnswerKind) -> Tally {
            let favourable = kind == .scale ? value >= 9 : value >= 4
            let unfavourable = kind == .scale ? value <= 6 : value <= 2
            return Tally(answers: 1, favourable: favourable ? 1 : 0, neutral: favourable || unfavourable ? 0 : 1, unfavourable: unfavourable ? 1 : 0, total: value)
        }

        /// Share of favourable answers, 0–100.
        public var percentFavourable: Double? { answers == 0 ? nil : Double(favourable) * 100 / Double(answers) }
        /// Promoters minus detractors, −100 to 100 (for 0–10 questions).
        public var netScore: Double? { answers == 0 ? nil : Double(favourable - unfavourable) * 100 / Double(answers) }
        public var mean: Double? { answers == 0 ? nil : Double(total) / Double(answers) }
    }

    /// Why a group shows no figure.
    public enum Suppression: String, Sendable, Equatable {
        /// Fewer answers than the threshold.
        case tooFew = "too-few"
        /// Enough answers, but showing it would let a smaller group's figure be worked out by subtraction.
        case complement
    }

    /// One team's (or the organization's) figures; a suppressed group carries no tallies and no answer count.
    public struct Group: Sendable, Equatable {
        public let id: UUID?
        public let name: String
        public let invited: Int
        /// How many answered; nil when suppressed.
        public let responses: Int?
        public let suppression: Suppression?
        /// Per question; empty when suppressed.
        public let tallies: [UUID: Tally]

        public var suppressed: Bool { suppression != nil }

        /// The topic's share of favourable answers across its questions (each answer counted once).
        public func score(_ topic: PulseTopic, items: [Item]) -> Tally? {
            guard !suppressed else { return nil }
            let parts = items.filter { $0.topic == topic && $0.kind != .text }.compactMap { tallies[$0.id] }
            return parts.isEmpty ? nil : parts.reduce(Tally(), +)
        }
    }

    public let threshold: Int
    public let items: [Item]
    public let organization: Group
    public let teams: [Group]

    /// The same results with only the teams in `range` (what is withheld was decided over all of them).
    public func teams(in range: Range<Int>) -> PulseResults {
        let bounded = range.clamped(to: 0..<teams.count)
        return PulseResults(threshold: threshold, items: items, organization: organization, teams: Array(teams[bounded]))
    }

    /// `groups` are each team's response and invitation counts with its tallies per question.
    public static func build(threshold: Int, items: [Item], groups: [(id: UUID, name: String, invited: Int, responses: Int, tallies: [UUID: Tally])])
        -> PulseResults {
        let threshold = max(threshold, Anonymity.minimumThreshold)
        let hidden = Anonymity.hidden(Dictionary(groups.map { ($0.id, $0.responses) }, uniquingKeysWith: +), threshold: threshold)
        let teams = groups.map { group in
            let suppression: Suppression? = !hidden.children.contains(group.id) ? nil : group.responses < threshold ? .tooFew : .complement
            return Group(id: group.id, name: group.name, invited: group.invited, responses: suppression == nil ? group.responses : nil,
                         suppression: suppression, tallies: suppression == nil ? group.tallies : [:])
        }
        var whole: [UUID: Tally] = [:]
        if !hidden.parent {
            for group in groups { for (item, tally) in group.tallies { whole[item, default: Tally()] = whole[item, default: Tally()] + tally } }
        }
        let answered = groups.reduce(0) { $0 + $1.responses }
        let organization = Group(id: nil, name: "Whole organization", invited: groups.reduce(0) { $0 + $1.invited },
                                 responses: hidden.parent ? nil : answered, suppression: hidden.parent ? .tooFew : nil, tallies: whole)
        return PulseResults(threshold: threshold, items: items, organization: organization, teams: teams)
    }
}

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

    /// The same results without their last team, and that team (a team asked for beside a page is read last).
    public func droppingLastTeam() -> (results: PulseResults, last: Group?) {
        (PulseResults(threshold: threshold, items: items, organization: organization, teams: Array(teams.dropLast())), teams.last)
    }

    /// `groups` are each team's response and invitation counts with its tallies per question.
    public static func build(threshold: Int, items: [Item], groups: [(id: UUID, name: String, invited: Int, responses: Int, tallies: [UUID: Tally])])
        -> PulseResults {
        var whole: [UUID: Tally] = [:]
        for group in groups { for (item, tally) in group.tallies { whole[item, default: Tally()] = whole[item, default: Tally()] + tally } }
        return build(threshold: threshold, items: items, counts: groups.map { ($0.id, $0.invited, $0.responses) }, organization: whole,
                     shown: groups.map { ($0.id, $0.name, $0.tallies) })
    }

    /// What is withheld is decided over `counts` (every team asked); only the `shown` teams (a page of a thousand) carry
    /// their names and tallies, in the order given. `organization` is every team's tallies summed.
    public static func build(threshold: Int, items: [Item], counts: [(id: UUID, invited: Int, responses: Int)], organization: [UUID: Tally],
                             shown: [(id: UUID, name: String, tallies: [UUID: Tally])]) -> PulseResults {
        let threshold = max(threshold, Anonymity.minimumThreshold)
        let byTeam = Dictionary(counts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let hidden = Anonymity.hidden(byTeam.mapValues(\.responses), threshold: threshold)
        let teams = shown.compactMap { group -> Group? in
            guard let count = byTeam[group.id] else { return nil }
            let suppression: Suppression? = !hidden.children.contains(group.id) ? nil : count.responses < threshold ? .tooFew : .complement
            return Group(id: group.id, name: group.name, invited: count.invited, responses: suppression == nil ? count.responses : nil,
                         suppression: suppression, tallies: suppression == nil ? group.tallies : [:])
        }
        let answered = byTeam.values.reduce(0) { $0 + $1.responses }
        let organization = Group(id: nil, name: "Whole organization", invited: byTeam.values.reduce(0) { $0 + $1.invited },
                                 responses: hidden.parent ? nil : answered, suppression: hidden.parent ? .tooFew : nil,
                                 tallies: hidden.parent ? [:] : organization)
        return PulseResults(threshold: threshold, items: items, organization: organization, teams: teams)
    }

    /// The teams not withheld, of all `counts`: whose comments may be shown.
    public static func visible(threshold: Int, counts: [(id: UUID, responses: Int)]) -> Set<UUID> {
        let byTeam = Dictionary(counts.map { ($0.id, $0.responses) }, uniquingKeysWith: { first, _ in first })
        return Set(byTeam.keys).subtracting(Anonymity.hidden(byTeam, threshold: threshold).children)
    }
}

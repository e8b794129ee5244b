import Domain
import Foundation

/// A pulse's page: what it asks and of whom, what can be done with it now, and its results within the
/// organization's anonymity threshold.
public struct PulseModel: Sendable {
    public let slug: String
    public let id: UUID
    public let pulse: Pulse
    public let teamNames: [String]
    public let results: PulseResults?
    public let comments: [UUID: [String]]
    /// The team whose answers per question are shown beside the organization's, when one is chosen.
    public let focusTeam: PulseResults.Group?
    public let canManage: Bool
    public let today: CalendarDate
    /// Which page of teams the heat table shows; the organization's row is on every page.
    public var page = 1, pageCount = 1, teamCount = 0

    public init(slug: String, id: UUID, pulse: Pulse, teamNames: [String], results: PulseResults?, comments: [UUID: [String]],
                focusTeam: PulseResults.Group?, canManage: Bool, today: CalendarDate) {
        (self.slug, self.id, self.pulse, self.teamNames, self.results, self.comments) = (slug, id, pulse, teamNames, results, comments)
        (self.focusTeam, self.canManage, self.today) = (focusTeam, canManage, today)
    }

    var status: String {
        guard let sent = pulse.sentOn else { return "Draft: not sent yet." }
        return pulse.isOpen(on: today) ? "Sent on \(sent); open until \(pulse.closesOn)." : "Sent on \(sent); closed on \(pulse.closesOn)."
    }

    /// The topics the pulse asked about that are scored, in the heat table's order.
    var topics: [PulseTopic] {
        guard let results else { return [] }
        return [PulseTopic.customer, .career, .community, .core, .strategy, .goals, .other].filter { topic in
            results.items.contains { $0.topic == topic && $0.kind == .agreement }
        }
    }

    var asksENPS: Bool { results?.items.contains { $0.topic == .enps } ?? false }

    /// A suppressed group's reason, in words: never with a number of answers.
    func withheld(_ group: PulseResults.Group) -> String {
        switch group.suppression {
        case .complement: "hidden: showing it would reveal a smaller team's answers"
        default: "fewer than \(results?.threshold ?? Anonymity.defaultThreshold) answers"
        }
    }

    /// A share of favourable answers with its band in words, e.g. "72% favourable · strong".
    static func band(_ percent: Double) -> (words: String, tint: String) {
        percent >= 70 ? ("strong", "good") : percent >= 50 ? ("mixed", "mixed") : ("weak", "weak")
    }

    static func percent(_ value: Double) -> String { "\(Int(value.rounded()))%" }
}

import Domain
import Foundation

/// The 4C health page: teams × Customer, Career, Community and Core, each cell a pulse score beside the
/// signals that show the same from outside, tinted and named when past the organization's limits.
public struct HealthModel: Sendable {
    public struct PulseRef: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let sentOn: CalendarDate

        public init(id: UUID, title: String, sentOn: CalendarDate) {
            (self.id, self.title, self.sentOn) = (id, title, sentOn)
        }
    }

    public let slug: String
    public let threshold: Int
    public let limits: HealthLimits
    public let pulses: [PulseRef]
    public let organization: TeamHealth
    public let teams: [TeamHealth]
    public let canEdit: Bool
    /// Which page of teams this is; the organization's row is on every page.
    public var page = 1, pageCount = 1, teamCount = 0

    public init(slug: String, threshold: Int, limits: HealthLimits, pulses: [PulseRef], organization: TeamHealth, teams: [TeamHealth], canEdit: Bool) {
        (self.slug, self.threshold, self.limits, self.pulses, self.organization, self.teams, self.canEdit) = (slug, threshold, limits, pulses, organization, teams, canEdit)
    }

    /// The cell's tint and the word that says it.
    static func state(_ cell: TeamHealth.Cell) -> (tint: String, words: String) {
        if cell.isMisaligned { return ("weak", "signs of misalignment") }
        guard let percent = cell.score?.percentFavourable else { return ("withheld", "") }
        return percent >= 70 ? ("good", "healthy") : ("mixed", "watch")
    }

    /// A query narrowing a list to the team, or nothing for the whole organization.
    static func team(_ health: TeamHealth, _ extra: [String: String] = [:]) -> [String: String] {
        var query = extra
        if let id = health.teamID { query["team_id"] = id.uuidString }
        return query
    }

    func withheld(_ suppression: PulseResults.Suppression?) -> String {
        suppression == .complement ? "pulse hidden: it would reveal a smaller team's answers" : "pulse: fewer than \(threshold) answers"
    }
}

import Domain
import Foundation

/// The change load page: teams × months, each cell the weighted load of the changes under way for the team, tinted near
/// and past the organization's limit, and the changes behind one chosen cell.
public struct ChangeLoadModel: Sendable {
    public struct Row: Sendable, Equatable {
        public let teamID: UUID
        public let name: String
        /// One per month; nil where the team has no change under way.
        public let cells: [ChangeLoad.Cell?]

        public init(teamID: UUID, name: String, cells: [ChangeLoad.Cell?]) { (self.teamID, self.name, self.cells) = (teamID, name, cells) }
        public var peak: Int { cells.compactMap { $0?.load }.max() ?? 0 }
    }

    /// The changes behind one cell, each with how hard it lands on the team.
    public struct Detail: Sendable, Equatable {
        public let teamName: String
        public let month: CalendarDate
        public let load: Int
        public let changes: [(id: UUID, title: String, level: ImpactLevel)]

        public init(teamName: String, month: CalendarDate, load: Int, changes: [(id: UUID, title: String, level: ImpactLevel)]) {
            (self.teamName, self.month, self.load, self.changes) = (teamName, month, load, changes)
        }

        public static func == (a: Detail, b: Detail) -> Bool {
            a.teamName == b.teamName && a.month == b.month && a.load == b.load && a.changes.map(\.id) == b.changes.map(\.id)
        }
    }

    public let slug: String
    public let months: [CalendarDate]
    public let limit: Int
    public let rows: [Row]
    public let canEdit: Bool
    public var detail: Detail?
    public var page = 1, pageCount = 1, teamCount = 0
    public var limitErrors: [FieldError] = []
    public var limitValue: String?

    public init(slug: String, months: [CalendarDate], limit: Int, rows: [Row], canEdit: Bool) {
        (self.slug, self.months, self.limit, self.rows, self.canEdit) = (slug, months, limit, rows, canEdit)
    }

    /// Teams with a change under way in the months shown, highest peak first.
    public static func rows(_ map: ChangeLoad.HeatMap, names: [UUID: String]) -> [Row] {
        map.teamIDs.map { team in Row(teamID: team, name: names[team] ?? "(deleted team)", cells: map.months.map { map.cell(team, $0) }) }
            .sorted { ($1.peak, $0.name) < ($0.peak, $1.name) }
    }

    /// "heat--weak" past the limit, "heat--mixed" from two thirds of it.
    func tint(_ load: Int) -> String {
        if load > limit { return "heat--weak" }
        return load * 3 >= limit * 2 ? "heat--mixed" : ""
    }

    public static func monthLabel(_ month: CalendarDate) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[month.month - 1]) \(month.year)"
    }

    public static func monthValue(_ month: CalendarDate) -> String { String(month.description.prefix(7)) }
}

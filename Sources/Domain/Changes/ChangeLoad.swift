import Foundation

/// Each team's concurrent changes, weighted by how hard each lands on it, month by month: the capacity a change
/// takes. A change counts in every month from its start to its end (a change without an end counts in its start
/// month alone), with its level's weight for that team.
public enum ChangeLoad {
    /// The weighted load a team carries in a month before it warns: two high-impact changes at once.
    public static let defaultLimit = 6
    public static let limits = 1...100

    public struct Change: Sendable, Equatable {
        public let id: UUID
        public let starts: CalendarDate
        public let ends: CalendarDate?
        public let levels: [UUID: ImpactLevel]

        public init(id: UUID, starts: CalendarDate, ends: CalendarDate? = nil, levels: [UUID: ImpactLevel]) {
            (self.id, self.starts, self.ends, self.levels) = (id, starts, ends, levels)
        }

        /// A planned change with the level its derived impact gives each team.
        public init(id: UUID, _ change: PlannedChange, impact: ChangeImpact.Result) {
            self.init(id: id, starts: change.starts, ends: change.ends,
                      levels: Dictionary(impact.teams.map { ($0.id, $0.level) }, uniquingKeysWith: { a, _ in a }))
        }

        /// The first day of every month the change is under way.
        public var months: [CalendarDate] {
            let first = starts.firstOfMonth, last = max(ends ?? starts, starts).firstOfMonth
            return Array(sequence(first: first) { $0.adding(months: 1) }.prefix { $0 <= last })
        }
    }

    /// One team in one month: the weighted load and the changes behind it.
    public struct Cell: Sendable, Equatable {
        public let load: Int
        public let changeIDs: [UUID]
    }

    /// A team above the limit in a month.
    public struct Warning: Sendable, Equatable {
        public let teamID: UUID
        public let month: CalendarDate
        public let load: Int
        public let limit: Int
    }

    /// Teams × months from `from` for `months` months.
    public struct HeatMap: Sendable, Equatable {
        public let months: [CalendarDate]
        public let cells: [UUID: [CalendarDate: Cell]]
        public let limit: Int

        public var teamIDs: [UUID] { cells.keys.sorted { $0.uuidString < $1.uuidString } }
        public func cell(_ team: UUID, _ month: CalendarDate) -> Cell? { cells[team]?[month] }

        public var warnings: [Warning] {
            cells.flatMap { team, byMonth in
                byMonth.filter { $0.value.load > limit }.map { Warning(teamID: team, month: $0.key, load: $0.value.load, limit: limit) }
            }.sorted { ($0.month, $1.load, $0.teamID.uuidString) < ($1.month, $0.load, $1.teamID.uuidString) }
        }
    }

    public static func heatMap(_ changes: [Change], from: CalendarDate, months count: Int, limit: Int) -> HeatMap {
        let months = Array(sequence(first: from.firstOfMonth) { $0.adding(months: 1) }.prefix(max(count, 0)))
        let shown = Set(months)
        var cells: [UUID: [CalendarDate: Cell]] = [:]
        for change in changes.sorted(by: { ($0.starts, $0.id.uuidString) < ($1.starts, $1.id.uuidString) }) {
            for month in change.months where shown.contains(month) {
                for (team, level) in change.levels {
                    let cell = cells[team]?[month] ?? Cell(load: 0, changeIDs: [])
                    cells[team, default: [:]][month] = Cell(load: cell.load + level.weight, changeIDs: cell.changeIDs + [change.id])
                }
            }
        }
        return HeatMap(months: months, cells: cells, limit: limit)
    }

    /// The warnings scheduling `planned` would add or make worse, beside the load already planned.
    public static func forecast(_ planned: Change, others: [Change], limit: Int) -> [Warning] {
        let months = planned.months
        guard let first = months.first else { return [] }
        let before = heatMap(others.filter { $0.id != planned.id }, from: first, months: months.count, limit: limit)
        let after = heatMap(others.filter { $0.id != planned.id } + [planned], from: first, months: months.count, limit: limit)
        return after.warnings.filter { warning in
            planned.levels[warning.teamID] != nil && warning.load > (before.cell(warning.teamID, warning.month)?.load ?? 0)
        }
    }
}

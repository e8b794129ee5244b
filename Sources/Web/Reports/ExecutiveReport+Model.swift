import Domain
import Foundation

/// The executive alignment report: every figure with the address of what it was computed from. The page, the JSON in the
/// API and the command line's HTML, JSON and PDF are all this one model.
public struct ExecutiveReportModel: Sendable, Encodable {
    /// A line of the report: what, its figure, and where it comes from.
    public struct Line: Sendable, Encodable, Equatable {
        public let text: String
        public let figure: String
        public let url: String
        public init(_ text: String, figure: String = "", url: String) { (self.text, self.figure, self.url) = (text, figure, url) }
    }

    public struct Month: Sendable, Encodable, Equatable {
        public let month: String
        public let value: Int?
        public init(month: String, value: Int?) { (self.month, self.value) = (month, value) }
    }

    public struct Investment: Sendable, Encodable, Equatable {
        public let title: String, url: String, status: String, cost: String
        public let indexAtApproval: Int?, projected: Int?, actual: Int?
        public init(title: String, url: String, status: String, cost: String, indexAtApproval: Int?, projected: Int?, actual: Int?) {
            (self.title, self.url, self.status, self.cost) = (title, url, status, cost)
            (self.indexAtApproval, self.projected, self.actual) = (indexAtApproval, projected, actual)
        }
    }

    /// One team's row of the 4C heat map: a percentage favourable per experience, or why there is none.
    public struct HeatRow: Sendable, Encodable, Equatable {
        public let team: String, url: String
        public let cells: [Line]
        public let misaligned: Int
        public init(team: String, url: String, cells: [Line], misaligned: Int) { (self.team, self.url, self.cells, self.misaligned) = (team, url, cells, misaligned) }
    }

    public struct Competency: Sendable, Encodable, Equatable {
        public let name: String, url: String
        public let target: Int?, current: Double?, gap: Double?, supportedByEvidence: Int?
        public init(name: String, url: String, target: Int?, current: Double?, gap: Double?, supportedByEvidence: Int?) {
            (self.name, self.url, self.target, self.current, self.gap, self.supportedByEvidence) = (name, url, target, current, gap, supportedByEvidence)
        }
    }

    public var organization: String
    public var slug: String
    public var preparedOn: String
    public var index: Int?
    public var coverage: Int
    public var indexLink: String
    public var history: [Month]
    public var components: [Line]
    public var misalignments: [Line]
    public var conflicts: [Line]
    public var conflictTotal: Int
    public var blindSpots: [Line]
    public var loadLimit: Int
    public var loadWarnings: [Line]
    public var investments: [Investment]
    public var heatMap: [HeatRow]
    public var heatMapTeams: Int
    public var heatMapLink: String
    public var centricity: [Competency]

    public init(organization: String, slug: String, preparedOn: String) {
        (self.organization, self.slug, self.preparedOn) = (organization, slug, preparedOn)
        (index, coverage, indexLink, history, components, misalignments) = (nil, 0, "", [], [], [])
        (conflicts, conflictTotal, blindSpots, loadLimit, loadWarnings) = ([], 0, [], 0, [])
        (investments, heatMap, heatMapTeams, heatMapLink, centricity) = ([], [], 0, "", [])
    }

    /// How the index moved since the month before, when both were kept.
    public var change: Int? {
        guard history.count > 1, let last = history.last?.value, let before = history.dropLast().last?.value else { return nil }
        return last - before
    }
}

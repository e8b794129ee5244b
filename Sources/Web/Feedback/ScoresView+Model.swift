import Domain
import Foundation

/// NPS, CSAT and CES overall, by month and by the chosen dimension.
public struct ScoresModel: Sendable {
    public let slug: String
    public let overall: ScoreLine
    public let dimension: String
    public let dimensions: [(value: String, label: String)]
    public let lines: [ScoreLine]
    public let npsTrend: [TrendPoint]
    public let csatTrend: [TrendPoint]
    /// The breakdown is shown a page of groups at a time, most answers first.
    public let page: Int
    public let pageCount: Int

    public init(slug: String, overall: ScoreLine, dimension: String, dimensions: [(value: String, label: String)], lines: [ScoreLine],
                npsTrend: [TrendPoint], csatTrend: [TrendPoint], page: Int = 1, pageCount: Int = 1) {
        self.page = page
        self.pageCount = pageCount
        self.slug = slug
        self.overall = overall
        self.dimension = dimension
        self.dimensions = dimensions
        self.lines = lines
        self.npsTrend = npsTrend
        self.csatTrend = csatTrend
    }
}

/// One line of the scores table: a group and its four scores.
public struct ScoreLine: Sendable {
    public let label: String
    public let url: String?
    public let nps: ScoreEstimate?
    public let csat: ScoreEstimate?
    public let cesMean: ScoreEstimate?
    public let cesEasy: ScoreEstimate?
    public let answers: Int

    public init(label: String, url: String?, nps: ScoreEstimate?, csat: ScoreEstimate?, cesMean: ScoreEstimate?, cesEasy: ScoreEstimate?,
                answers: Int) {
        self.label = label
        self.url = url
        self.nps = nps
        self.csat = csat
        self.cesMean = cesMean
        self.cesEasy = cesEasy
        self.answers = answers
    }
}

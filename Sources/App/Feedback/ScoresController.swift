import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Survey scores for the whole organization, by month and broken down by a chosen dimension.
struct ScoresController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .scores, use: page)
        router.api(.GET, .scores, use: apiScores)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let dimension = req.queryValues["by"].flatMap(ScoreDimension.init) ?? .touchpoint
        let overall = try await ctx.feedbackInsights.scores(by: nil).first ?? ScoreGroup(key: nil)
        let months = try await ctx.feedbackInsights.scores(by: .month).filter { $0.key != nil }
        let groups = try await ctx.feedbackInsights.scores(by: dimension, Pagination(page: req.queryValues["page"].flatMap(Int.init), per: Self.groupsPerPage))
        let lookups = try await Lookups.load(dimension == .importFile ? [.imports] : [.journeys, .stages, .touchpoints], ctx,
                                             only: Set(groups.items.compactMap { $0.key.flatMap(UUID.init(uuidString:)) }))
        let lines = groups.items.map { line($0, label: label($0.key, dimension, lookups), url: url($0.key, dimension, ctx.slug) ) }
        return req.page(ScoresView.render(ScoresModel(
            slug: ctx.slug, overall: line(overall, label: "All", url: nil), dimension: dimension.rawValue,
            dimensions: ScoreDimension.allCases.map { ($0.rawValue, $0.label) }, lines: lines,
            npsTrend: months.map { TrendPoint(label: $0.key!, estimate: Scores.nps($0.nps)) },
            csatTrend: months.map { TrendPoint(label: $0.key!, estimate: Scores.csat($0.csat)) },
            page: groups.page, pageCount: groups.pageCount), shell: ctx.shell("Scores", current: "feedback")))
    }

    /// Groups on one page of the breakdown.
    static let groupsPerPage = 50

    struct EstimateJSON: Content { let value: Double; let margin: Double; let count: Int }
    struct GroupJSON: Content {
        let key: String?
        let label: String
        let answers: Int
        let nps: EstimateJSON?
        let csat: EstimateJSON?
        let cesMean: EstimateJSON?
        let cesEasy: EstimateJSON?
    }

    func apiScores(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let by = req.queryValues["by"]
        guard by == nil || by.flatMap(ScoreDimension.init) != nil else {
            throw ValidationFailure(field: "by", message: "by must be one of \(ScoreDimension.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let dimension = by.flatMap(ScoreDimension.init)
        let lookups = try await Lookups.load(dimension == .importFile ? [.imports] : [.journeys, .stages, .touchpoints], ctx)
        let groups = try await ctx.feedbackInsights.scores(by: dimension)
        return try json(groups.map { group in
            let line = line(group, label: dimension.map { label(group.key, $0, lookups) } ?? "All", url: nil)
            func estimate(_ value: ScoreEstimate?) -> EstimateJSON? { value.map { EstimateJSON(value: $0.value, margin: $0.margin, count: $0.count) } }
            return GroupJSON(key: dimension == nil ? nil : group.key, label: line.label, answers: line.answers, nps: estimate(line.nps),
                             csat: estimate(line.csat), cesMean: estimate(line.cesMean), cesEasy: estimate(line.cesEasy))
        })
    }

    func line(_ group: ScoreGroup, label: String, url: String?) -> ScoreLine {
        ScoreLine(label: label, url: url, nps: Scores.nps(group.nps), csat: Scores.csat(group.csat), cesMean: Scores.cesMean(group.ces),
                  cesEasy: Scores.cesEasy(group.ces), answers: group.answers)
    }

    func label(_ key: String?, _ dimension: ScoreDimension, _ lookups: Lookups) -> String {
        guard let key else { return "Not given" }
        let id = UUID(uuidString: key)
        switch dimension {
        case .journey: return lookups.journey(id) ?? "Unknown journey"
        case .stage: return lookups.stage(id).map { "\(lookups.journey($0.journeyID) ?? "") › \($0.name)" } ?? "Unknown stage"
        case .touchpoint: return lookups.touchpointPath(id)
        case .month, .channel, .segment: return key
        case .importFile: return lookups.imports.first { $0.id == id }.map { "\($0.fileName) (\(Self.started($0)))" } ?? "An earlier import"
        }
    }

    static func started(_ feedbackImport: FeedbackImport) -> String {
        feedbackImport.createdAt.map { MomentText.utc($0) } ?? "not started"
    }

    func url(_ key: String?, _ dimension: ScoreDimension, _ slug: String) -> String? {
        guard let key else { return nil }
        switch dimension {
        case .journey: return Paths.list(slug, .feedback, query: ["journey_id": key])
        case .touchpoint: return Paths.list(slug, .feedback, query: ["touchpoint_id": key])
        case .channel: return Paths.list(slug, .feedback, query: ["channel": key])
        case .importFile: return UUID(uuidString: key).map { Paths.feedbackImport(slug, $0) }
        case .month, .stage, .segment: return nil
        }
    }
}

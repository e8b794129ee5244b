import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The alignment index in the API, and computing this month's again from the Overview or the API.
struct AlignmentController: Sendable {
    func register(_ router: Router) {
        router.api(.GET, .alignmentIndex, use: api)
        router.api(.POST, .alignmentRecompute, use: recomputeAPI)
        router.page(.POST, .alignmentRecompute, use: recomputePage)
    }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let alignment = Alignment(scope: ctx.scope)
        switch req.queryValues["by"] {
        case nil: return try json(AlignmentIndexResult(try await alignment.current(), history: try await alignment.history(), slug: ctx.slug))
        case "team":
            let page = Int(req.queryValues["page"] ?? "1") ?? 1, per = min(max(Int(req.queryValues["per"] ?? "25") ?? 25, 1), 100)
            return try json(ScopedIndexResult(teams: try await alignment.teams(page: page, per: per), slug: ctx.slug))
        case "journey":
            let page = Int(req.queryValues["page"] ?? "1") ?? 1, per = min(max(Int(req.queryValues["per"] ?? "25") ?? 25, 1), 100)
            return try json(ScopedIndexResult(journeys: try await alignment.journeys(page: page, per: per), slug: ctx.slug))
        case let other?:
            throw ValidationFailure(field: "by", message: "By is team or journey (each one's index), or left out (the organization's); “\(other)” is none of them.")
        }
    }

    func recomputeAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let alignment = Alignment(scope: ctx.scope)
        return try json(AlignmentIndexResult(try await alignment.recompute(), history: try await alignment.history(), slug: ctx.slug))
    }

    func recomputePage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        _ = try await Alignment(scope: ctx.scope).recompute()
        return redirect(Paths.organization(ctx.slug), notice: .updated)
    }

    /// The Overview's panel: this month's index (kept the first time anyone asks), its components and its trend.
    static func panel(_ ctx: OrgContext) async throws -> AlignmentPanelModel {
        let alignment = Alignment(scope: ctx.scope)
        let snapshot = try await alignment.current()
        var model = AlignmentPanelModel(slug: ctx.slug, month: snapshot.month, index: snapshot.index, urls: { url($0, slug: ctx.slug) },
                                        history: try await alignment.history(), canRecompute: ctx.scope.access.allows(.update, .pulses))
        model.teams = try await alignment.weakestTeams().map { team in
            let weakest = AlignmentPanelModel(slug: ctx.slug, month: snapshot.month, index: team.index, urls: { _ in "" }, history: [], canRecompute: false).weakest.first
            return .init(id: team.team.id, name: team.team.name, value: team.index.value ?? 0, weakest: weakest?.component.measure.label ?? "–")
        }
        return model
    }

    /// Where each component's records are.
    static func url(_ measure: AlignmentMeasure, slug: String) -> String {
        switch measure {
        case .customerScore: Paths.page(slug, .scores)
        case .customerTrend: Paths.page(slug, .scores, query: ["by": ScoreDimension.month.rawValue])
        case .positiveFeedback: Paths.list(slug, .feedback, query: ["sentiment": "negative"])
        case .frictionFree: Paths.list(slug, .frictions, query: ["status": "open"])
        case .fourCHealth, .strategyUnderstood: Paths.page(slug, .health)
        case .chartersKept: Paths.list(slug, .commitments)
        case .ownedHandoffs: Paths.list(slug, .handoffs, query: ["owner": "none"])
        case .kpisInHarmony: Paths.page(slug, .metricConflicts)
        case .changesAcknowledged: Paths.list(slug, .changes, query: ["status": "planned"])
        case .checkInsOnTime: Paths.list(slug, .checkIns)
        case .initiativesVerified: Paths.page(slug, .board)
        }
    }
}

/// Each team's or journey's index on one page of them.
struct ScopedIndexResult: Encodable {
    struct Item: Encodable { let id: UUID, name: String, value: Int?, coverage: Int, components: [AlignmentIndexResult.Component] }
    let by: String
    let page: Int, per: Int, total: Int
    let items: [Item]

    init(teams paged: Paged<Alignment.TeamIndex>, slug: String) {
        (by, page, per, total) = ("team", paged.page, paged.per, paged.total)
        items = paged.items.map { Item(id: $0.team.id, name: $0.team.name, value: $0.index.value, coverage: $0.index.coverage,
                                       components: AlignmentIndexResult.components($0.index, slug: slug)) }
    }

    init(journeys paged: Paged<Alignment.JourneyIndex>, slug: String) {
        (by, page, per, total) = ("journey", paged.page, paged.per, paged.total)
        items = paged.items.map { Item(id: $0.journey.id, name: $0.journey.name, value: $0.index.value, coverage: $0.index.coverage,
                                       components: AlignmentIndexResult.components($0.index, slug: slug)) }
    }
}

/// The alignment index in the API: the figure, its formula, each component with its weight, value, sample and records.
struct AlignmentIndexResult: Encodable {
    struct Component: Encodable {
        let key: String, area: String, label: String, weight: Int, value: Double?, sample: Int, detail: String, formula: String, url: String
    }
    struct Month: Encodable { let month: String, value: Int? }
    let month: String
    let value: Int?
    let coverage: Int
    let formula: String
    let computedAt: Date
    let components: [Component]
    let history: [Month]

    init(_ snapshot: Alignment.Snapshot, history: [(month: String, value: Int?)], slug: String) {
        (month, value, coverage, formula, computedAt) = (snapshot.month, snapshot.index.value, snapshot.index.coverage, AlignmentIndex.formula, snapshot.computedAt)
        components = Self.components(snapshot.index, slug: slug)
        self.history = history.map { Month(month: $0.month, value: $0.value) }
    }

    static func components(_ index: AlignmentIndex, slug: String) -> [Component] {
        index.components.map {
            Component(key: $0.measure.rawValue, area: $0.measure.area.rawValue, label: $0.measure.label, weight: $0.measure.weight,
                      value: $0.value.map { ($0 * 10).rounded() / 10 }, sample: $0.sample, detail: $0.detail, formula: $0.measure.formula,
                      url: AlignmentController.url($0.measure, slug: slug))
        }
    }
}

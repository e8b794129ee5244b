import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The initiative page, and moving an initiative's status from the page and the API.
struct InitiativePageController: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .recordStep(.initiatives, .key, .status), use: movePage)
        router.api(.POST, .recordStep(.initiatives, .key, .status), use: moveAPI)
        router.api(.GET, .recordStep(.initiatives, .key, .history), use: historyAPI)
        router.api(.GET, .recordStep(.initiatives, .key, .effect), use: effectAPI)
    }

    /// Scores and sentiment on its touchpoints in the 90 days before it was done and since; 409 before it is done.
    func effectAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let measured = try await ctx.initiatives.effect(try req.idParameter())
        return try json(EffectResult(measured.effect, touchpoints: measured.touchpoints))
    }

    struct EffectResult: Encodable {
        struct Estimate: Encodable { let value: Double, margin: Double, count: Int }
        struct Measure: Encodable { let name: String, before: Estimate?, after: Estimate?, change: Double?, clear: Bool }
        let touchpointIDs: [UUID]
        let before: [String]
        let after: [String]
        let measures: [Measure]

        init(_ effect: InitiativeEffect, touchpoints: Set<UUID>) {
            touchpointIDs = touchpoints.sorted { $0.uuidString < $1.uuidString }
            before = [effect.before.from.description, effect.before.to.description]
            after = [effect.after.from.description, effect.after.to.description]
            func estimate(_ e: ScoreEstimate?) -> Estimate? { e.map { Estimate(value: $0.value, margin: $0.margin, count: $0.count) } }
            measures = effect.measures.map { Measure(name: $0.name, before: estimate($0.before), after: estimate($0.after), change: $0.change, clear: $0.isClear) }
        }
    }

    static func show(_ id: UUID, _ ctx: OrgContext, _ req: Request, errors: [FieldError] = [], reason: String = "",
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await model(id, ctx)
        return req.page(InitiativePage.render(model, shell: ctx.shell(model.title, current: "initiatives", notice: req.notice), errors: errors, reason: reason),
                        status: status)
    }

    func movePage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let input = try req.formInput()
        do {
            try await ctx.initiatives.move(id, to: input.value("status"), reason: input.value("reason") ?? "")
            return redirect(Paths.item(ctx.slug, .initiatives, id), notice: .movedStatus)
        } catch let failure as ValidationFailure {
            return try await Self.show(id, ctx, req, errors: failure.errors, reason: input.value("reason") ?? "", status: .unprocessableEntity)
        }
    }

    func moveAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        let outcome = try await ctx.initiatives.move(try req.idParameter(), to: input.value("status"), reason: input.value("reason") ?? "")
        return try json(MoveResult(initiative: outcome.initiative, appliedChanges: outcome.appliedChanges,
                                   addressedFrictions: outcome.addressedFrictions, queuedClosingNotes: outcome.queuedNotes))
    }

    func historyAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let entries = try await ctx.initiatives.history(try req.idParameter()).map {
            HistoryItem(from: $0.from.rawValue, to: $0.to.rawValue, by: $0.by, at: $0.at, note: $0.note)
        }
        return try json(entries)
    }

    struct MoveResult: Encodable {
        let initiative: Stored<Initiative>
        let appliedChanges: Int
        let addressedFrictions: Int
        let queuedClosingNotes: Int
    }

    struct HistoryItem: Encodable {
        let from: String, to: String, by: String
        let at: Date
        let note: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(by, forKey: .by)
            try container.encode(at.formatted(.iso8601), forKey: .at)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case from, to, by, at, note }
    }
}

extension OrgContext {
    /// Initiatives here, as the signed-in person moves them.
    var initiatives: Initiatives { Initiatives(scope) }
}

import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// The initiative page, and moving an initiative's status from the page and the API.
struct InitiativePageController: Sendable {
    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.post("initiatives", ":id", "status", use: movePage)
        api.post("initiatives", ":id", "status", use: moveAPI)
        api.get("initiatives", ":id", "history", use: historyAPI)
        api.get("initiatives", ":id", "effect", use: effectAPI)
    }

    /// Scores and sentiment on its touchpoints in the 90 days before it was done and since; 409 before it is done.
    func effectAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await Self.find(req, ctx)
        let item = record.stored
        guard let doneOn = item.doneOn else { throw Abort(.conflict, reason: "The initiative is not done yet: there is no before and after to compare.") }
        let touchpoints = try await InitiativeInsights.touchpoints(of: item.content, id: item.id, organizationID: ctx.id, on: ctx.db)
        let effect = try await InitiativeInsights.effect(touchpoints: touchpoints, doneOn: doneOn, windowDays: 90, today: .today,
                                                         organizationID: ctx.id, on: ctx.db)
        return try json(EffectResult(effect, touchpoints: touchpoints))
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

    static func show(_ record: InitiativeRecord, _ ctx: OrgContext, _ req: Request, errors: [FieldError] = [], reason: String = "",
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await model(record, ctx)
        return req.page(InitiativePage.render(model, shell: ctx.shell(model.title, current: "initiatives", notice: req.notice), errors: errors, reason: reason),
                        status: status)
    }

    func movePage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await Self.find(req, ctx)
        let input = try req.formInput()
        do {
            try await Self.move(record, to: input.value("status"), reason: input.value("reason") ?? "", ctx)
            return redirect(Paths.item(ctx.slug, "initiatives", record.id!) + "?notice=moved-status")
        } catch let failure as ValidationFailure {
            let fresh = try await Self.find(req, ctx)
            return try await Self.show(fresh, ctx, req, errors: failure.errors, reason: input.value("reason") ?? "", status: .unprocessableEntity)
        }
    }

    func moveAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await Self.find(req, ctx)
        let input = try req.formInput()
        let outcome = try await Self.move(record, to: input.value("status"), reason: input.value("reason") ?? "", ctx)
        return try json(MoveResult(initiative: outcome.initiative, appliedChanges: outcome.appliedChanges,
                                   addressedFrictions: outcome.addressedFrictions, queuedClosingNotes: outcome.queuedNotes))
    }

    func historyAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await Self.find(req, ctx)
        let entries = try await InitiativeStatusChangeRecord.history(of: record.id!, on: ctx.db).map {
            HistoryItem(from: $0.from.rawValue, to: $0.to.rawValue, by: $0.byName, at: $0.createdAt ?? Date(), note: $0.note)
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

    /// Checks permission and the workflow, then moves; every record the move changed goes into the audit log.
    @discardableResult
    static func move(_ record: InitiativeRecord, to statusText: String?, reason: String, _ ctx: OrgContext) async throws -> InitiativeMoves.Outcome {
        try ctx.authorize(.update, .initiatives, owningTeams: try await InitiativesResource.owningTeams(record.content, ctx))
        guard let text = statusText else { throw ValidationFailure(field: "status", message: "Status is required.") }
        guard let target = InitiativeStatus(rawValue: text) else {
            throw ValidationFailure(field: "status", message: "Status must be one of: \(InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let before = record.content
        let outcome = try await InitiativeMoves.move(record.id!, organizationID: ctx.id, to: target, reason: reason,
                                                     by: Actor(userID: ctx.signedIn.userID, name: ctx.signedIn.name), today: .today, on: ctx.db)
        var beforeInput = before.formInput, afterInput = outcome.initiative.content.formInput
        beforeInput.fields["status"] = [before.status.rawValue]
        afterInput.fields["status"] = [target.rawValue]
        try await ctx.audit(.update, "initiatives", id: record.id!, before: beforeInput, after: afterInput)
        for changed in outcome.changed {
            try await ctx.audit(.update, changed.kind, id: changed.id, before: changed.before, after: changed.after)
        }
        return outcome
    }

    static func find(_ req: Request, _ ctx: OrgContext) async throws -> InitiativeRecord {
        guard let record = try await ctx.store(InitiativeRecord.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        return record
    }
}

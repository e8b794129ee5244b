import Domain
import Persistence
import Vapor
import Web

/// The journey map as JSON, and reordering of stages and touchpoints from the map or the API.
struct JourneyMapController: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .recordStep(.stages, .key, .move)) { req in try await moveStage(req, respondWithPage: true) }
        router.page(.POST, .recordStep(.touchpoints, .key, .move)) { req in try await moveTouchpoint(req, respondWithPage: true) }
        router.api(.POST, .recordStep(.stages, .key, .move)) { req in try await moveStage(req, respondWithPage: false) }
        router.api(.POST, .recordStep(.touchpoints, .key, .move)) { req in try await moveTouchpoint(req, respondWithPage: false) }
        router.api(.GET, .recordStep(.journeys, .key, .map), use: mapJSON)
        router.api(.GET, .recordStep(.journeys, .key, .heat), use: heatJSON)
    }

    func direction(_ req: Request) throws -> Reordering.Direction {
        let input = try req.formInput()
        guard let value = input.value("direction"), let direction = Reordering.Direction(rawValue: value) else {
            throw ValidationFailure(field: "direction", message: "Direction must be up or down.")
        }
        return direction
    }

    func moveStage(_ req: Request, respondWithPage: Bool) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let stage = try await ctx.store(StageRecord.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        try ctx.authorize(.update, .stages)
        let before = stage.position
        let order = try await Reordering.move(stage: stage, try direction(req), on: ctx.db)
        try await logMove(ctx, "stages", stage.stored, before: before, after: order.firstIndex(of: stage.stored.id) ?? before)
        if respondWithPage { return redirect(Paths.journeyMap(ctx.slug, stage.journeyID), notice: .moved) }
        return try json(["stage_ids": order])
    }

    func moveTouchpoint(_ req: Request, respondWithPage: Bool) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let touchpoint = try await ctx.store(TouchpointRecord.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        try ctx.authorize(.update, .touchpoints, owningTeams: [touchpoint.owningTeamID])
        let before = touchpoint.position
        let order = try await Reordering.move(touchpoint: touchpoint, try direction(req), on: ctx.db)
        try await logMove(ctx, "touchpoints", touchpoint.stored, before: before, after: order.firstIndex(of: touchpoint.stored.id) ?? before)
        if respondWithPage {
            return redirect(Paths.journeyMap(ctx.slug, touchpoint.journeyID, touchpoint: touchpoint.stored.id), notice: .moved)
        }
        return try json(["touchpoint_ids": order])
    }

    /// Records a move in the audit log as a change of position (counted from 1, as people do).
    func logMove<C: RecordContent>(_ ctx: OrgContext, _ kind: String, _ item: Stored<C>, before: Int, after: Int) async throws {
        guard before != after else { return }
        var old = item.content.formInput, new = old
        old["position"] = String(before + 1)
        new["position"] = String(after + 1)
        try await ctx.audit(.update, kind, id: item.id, before: old, after: new)
    }

    func mapJSON(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let map = try await JourneyMapQuery.load(journeyID: try req.idParameter(), organizationID: ctx.id, on: ctx.db) else {
            throw Abort(.notFound)
        }
        return try json(MapDocument(map))
    }

    /// The customer heat of every touchpoint; 404 for a journey of another organization, as for the map.
    func heatJSON(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let map = try await JourneyMapQuery.load(journeyID: try req.idParameter(), organizationID: ctx.id, on: ctx.db) else {
            throw Abort(.notFound)
        }
        let overlay = try await CustomerHeatQuery.load(journeyID: map.journey.id, organizationID: ctx.id, on: ctx.db)
        return try json(HeatDocument(map, overlay))
    }
}

/// The journey map as the API returns it: stages in order, each with its touchpoint cards.
struct MapDocument: Encodable {
    struct Card: Encodable {
        let touchpoint: Stored<Touchpoint>
        let teamName: String
        let openFrictionCount: Int
        let worstSeverity: Int?
        let heat: String
    }
    struct Column: Encodable { let stage: Stored<Stage>; let touchpoints: [Card] }
    struct Line: Encodable {
        let handoff: Stored<Handoff>
        let fromName: String, toName: String, ownerName: String?
        let unowned: Bool, customerRepeats: Bool
    }
    let journey: Stored<Journey>
    let stages: [Column]
    let handoffs: [Line]

    init(_ map: JourneyMap) {
        journey = map.journey
        stages = map.columns.map { column in
            Column(stage: column.stage, touchpoints: column.cards.map {
                Card(touchpoint: $0.touchpoint, teamName: $0.teamName, openFrictionCount: $0.openFrictionCount,
                     worstSeverity: $0.worstSeverity, heat: $0.heat.rawValue)
            })
        }
        handoffs = map.handoffs.map {
            Line(handoff: $0.handoff, fromName: $0.fromName, toName: $0.toName, ownerName: $0.ownerName,
                 unowned: $0.isUnowned, customerRepeats: $0.customerRepeats)
        }
    }
}

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
        router.page(.GET, .recordStep(.journeys, .key, .mermaid), use: mermaid)
    }

    /// The journey as a Mermaid flowchart, to download: stages, touchpoints with their owners, handoffs with theirs.
    func mermaid(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let map = try await ctx.journeyMaps.map(try req.idParameter())
        let response = Response(status: .ok, body: .init(string: map.mermaid()))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-journey.mmd\"")
        return response
    }

    func moveStage(_ req: Request, respondWithPage: Bool) async throws -> Response {
        let ctx = try await req.orgContext()
        let moved = try await ctx.journeyMaps.move(stage: try req.idParameter(), try req.formInput().value("direction"))
        if respondWithPage { return redirect(Paths.journeyMap(ctx.slug, moved.journeyID), notice: .moved) }
        return try json(["stage_ids": moved.order])
    }

    func moveTouchpoint(_ req: Request, respondWithPage: Bool) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let moved = try await ctx.journeyMaps.move(touchpoint: id, try req.formInput().value("direction"))
        if respondWithPage { return redirect(Paths.journeyMap(ctx.slug, moved.journeyID, touchpoint: id), notice: .moved) }
        return try json(["touchpoint_ids": moved.order])
    }

    func mapJSON(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(MapDocument(try await ctx.journeyMaps.map(try req.idParameter())))
    }

    /// The customer heat of every touchpoint; 404 for a journey of another organization, as for the map.
    func heatJSON(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let map = try await ctx.journeyMaps.map(try req.idParameter())
        return try json(HeatDocument(map, try await ctx.journeyMaps.heat(map)))
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

extension OrgContext {
    /// Journey maps here, as the signed-in person reorders them.
    var journeyMaps: JourneyMaps { JourneyMaps(scope) }
}

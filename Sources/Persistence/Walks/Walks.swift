import Domain
import FluentKit
import Foundation

/// Walking a journey: the walk's page (its touchpoints in order with what was found at each), noting a
/// step, adding a friction hypothesis, and comparing two walks of one journey.
public struct Walks: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// A friction point the walk found, with whether Legitimize has confirmed it from what customers said.
    public struct Hypothesis: Sendable, Equatable {
        public let id: UUID
        public let point: FrictionPoint
        public let confirmedLinks: Int
    }

    public struct Page: Sendable {
        public let walk: Stored<JourneyWalk>
        public let journeyName: String
        /// The journey's touchpoints in the order a customer meets them: by stage, then position.
        public let touchpoints: [(id: UUID, name: String, stage: String)]
        public let steps: [UUID: WalkStep]
        public let hypotheses: [UUID: [Hypothesis]]
        /// Other walks of the same journey, to compare with.
        public let others: [Stored<JourneyWalk>]
        public let canNote: Bool
    }

    public func page(_ walkID: UUID) async throws -> Page {
        let walk = try await Records<WalkRules>(scope).find(walkID)
        let journey = try await Records<JourneyRules>(scope).find(walk.content.journeyID)
        let steps = try await WalkStepRecord.query(on: scope.db).filter(\.$walkID == walkID).all()
        let found = try await RecordStore<FrictionRecord>(db: scope.db, organizationID: scope.id).all(filters: ListFilters(["walk_id": walkID.uuidString]))
        let confirmed = try await confirmedLinks(found.map(\.id))
        var hypotheses: [UUID: [Hypothesis]] = [:]
        for point in found {
            guard let touchpoint = point.content.target.touchpointID else { continue }
            hypotheses[touchpoint, default: []].append(Hypothesis(id: point.id, point: point.content, confirmedLinks: confirmed[point.id] ?? 0))
        }
        let others = try await Records<WalkRules>(scope).all(filters: ListFilters(["journey_id": walk.content.journeyID.uuidString])).filter { $0.id != walkID }
        return Page(walk: walk, journeyName: journey.content.name, touchpoints: try await touchpoints(of: walk.content.journeyID),
                    steps: Dictionary(steps.map { ($0.touchpointID, $0.step) }, uniquingKeysWith: { first, _ in first }), hypotheses: hypotheses,
                    others: others, canNote: scope.access.allows(.update, .walks))
    }

    /// Records how long the step took and what worked; a step noted again replaces what it said.
    public func noteStep(_ walkID: UUID, input: FormInput) async throws -> WalkStep {
        try scope.authorize(.update, .walks)
        let walk = try await Records<WalkRules>(scope).find(walkID)
        let touchpointID = try await touchpoint(input, on: walk.content)
        let step = try WalkStep.parse(input, touchpointID: touchpointID)
        try await WriteGate.transaction(scope.db) { tx in
            let record = try await WalkStepRecord.query(on: tx).filter(\.$walkID == walkID).filter(\.$touchpointID == touchpointID).first() ?? WalkStepRecord()
            (record.walkID, record.touchpointID, record.minutes, record.worked) = (walkID, touchpointID, step.minutes, step.worked)
            try await record.save(on: tx)
        }
        return step
    }

    /// A friction hypothesis found at one step: a friction point with the walk's source, linked to the walk.
    public func addHypothesis(_ walkID: UUID, input: FormInput) async throws -> Stored<FrictionPoint> {
        try scope.authorize(.update, .walks)
        try scope.authorize(.create, .frictions)
        let walk = try await Records<WalkRules>(scope).find(walkID)
        let touchpointID = try await touchpoint(input, on: walk.content)
        var fields = input
        fields.fields["target"] = [FrictionTarget.touchpoint(touchpointID).formValue]
        fields.fields["source"] = [walk.content.mode.source.rawValue]
        fields.fields["walk_id"] = [walkID.uuidString]
        fields.fields["status"] = [FrictionStatus.open.rawValue]
        return try await Records<FrictionRules>(scope).create(fields)
    }

    /// The step's touchpoint, named in `touchpoint_id`: it must be on the walk's journey.
    private func touchpoint(_ input: FormInput, on walk: JourneyWalk) async throws -> UUID {
        guard let id = input.value("touchpoint_id").flatMap(UUID.init(uuidString:)) else {
            throw ValidationFailure(field: "touchpoint_id", message: "Say which touchpoint of the journey this is.")
        }
        guard try await touchpoints(of: walk.journeyID).contains(where: { $0.id == id }) else {
            throw NotFound("That touchpoint is not on this walk's journey.")
        }
        return id
    }

    func touchpoints(of journeyID: UUID) async throws -> [(id: UUID, name: String, stage: String)] {
        let stages = try await StageRecord.query(on: scope.db).filter(\.$journeyID == journeyID).sort(\.$position).all()
        let points = try await TouchpointRecord.query(on: scope.db).filter(\.$journeyID == journeyID).sort(\.$position).all()
        return stages.flatMap { stage in points.filter { $0.stageID == stage.id }.map { ($0.id!, $0.name, stage.name) } }
    }

    func confirmedLinks(_ frictions: [UUID]) async throws -> [UUID: Int] {
        guard !frictions.isEmpty else { return [:] }
        let links = try await FrictionLinkRecord.query(on: scope.db).filter(\.$frictionID ~~ frictions).filter(\.$statusValue == LinkStatus.confirmed.rawValue).all()
        return Dictionary(grouping: links, by: \.frictionID).mapValues(\.count)
    }
}
